package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.TestSchemas.TableBuilder;
import dev.kythera.kernel.schema.Index;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyWithoutIndexRuleTest {
  private final ForeignKeyWithoutIndexRule rule = new ForeignKeyWithoutIndexRule();

  private static TableBuilder orders() {
    return table("orders")
        .id()
        .integer("customer_id", false)
        .foreignKey("customers", "customer_id");
  }

  @Test
  void aForeignKeyWithoutIndexIsReported() {
    List<Finding> findings = rule.check(model(table("customers").id(), orders()));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.location()).isEqualTo("public.orders.customer_id");
              assertThat(f.detail()).contains("public.customers").contains("(customer_id)");
            });
  }

  @Test
  void anIndexStartingWithTheColumnsServesIt() {
    assertThat(
            rule.check(
                model(
                    table("customers").id(),
                    orders()
                        .timestamp("placed_at", false)
                        .index("orders_customer_idx", false, "customer_id", "placed_at"))))
        .isEmpty();
  }

  @Test
  void compositeKeysAreServedByLeadingColumnsInAnyOrder() {
    TableBuilder parent =
        table("shipments").integer("a", false).integer("b", false).primaryKey("a", "b");
    TableBuilder served =
        table("parcels")
            .id()
            .integer("a", false)
            .integer("b", false)
            .integer("c", false)
            .foreignKey("shipments", List.of("a", "b"), List.of("a", "b"))
            .index("parcels_bac_idx", false, "b", "a", "c");
    TableBuilder notServed =
        table("labels")
            .id()
            .integer("a", false)
            .integer("b", false)
            .integer("c", false)
            .foreignKey("shipments", List.of("a", "b"), List.of("a", "b"))
            .index("labels_acb_idx", false, "a", "c", "b");

    assertThat(rule.check(model(parent, served))).isEmpty();
    assertThat(rule.check(model(parent, notServed)))
        .extracting(Finding::location)
        .containsExactly("public.labels.a,b");
  }

  @Test
  void aPrimaryKeyStartingWithTheColumnServesIt() {
    TableBuilder lines =
        table("order_lines")
            .integer("order_id", false)
            .integer("line_no", false)
            .primaryKey("order_id", "line_no")
            .foreignKey("orders", "order_id");

    assertThat(rule.check(model(table("orders").id(), lines))).isEmpty();
  }

  @Test
  void partialAndGinIndexesDoNotServeIt() {
    Index partial =
        new Index("orders_open_idx", List.of("customer_id"), false, false, "open", "btree", 1L, 0L);
    Index gin =
        new Index("orders_gin_idx", List.of("customer_id"), false, false, null, "gin", 1L, 0L);

    assertThat(rule.check(model(table("customers").id(), orders().index(partial).index(gin))))
        .hasSize(1);
  }
}
