package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.TestSchemas.TableBuilder;
import dev.kythera.kernel.schema.Index;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedundantIndexRuleTest {
  private final RedundantIndexRule rule = new RedundantIndexRule();

  private static TableBuilder orders() {
    return table("orders").id().integer("customer_id", false).timestamp("placed_at", false);
  }

  @Test
  void aPlainIndexThatIsAPrefixOfAnotherIsReported() {
    List<Finding> findings =
        rule.check(
            model(
                orders()
                    .index("orders_customer", false, "customer_id")
                    .index("orders_customer_placed", false, "customer_id", "placed_at")));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo("public.orders_customer");
              assertThat(f.detail()).contains("orders_customer_placed");
            });
  }

  @Test
  void aPrefixOfThePrimaryKeyIsRedundantToo() {
    TableBuilder lines =
        table("order_lines")
            .integer("order_id", false)
            .integer("line_no", false)
            .primaryKey("order_id", "line_no")
            .index(
                new Index(
                    "order_lines_pkey",
                    List.of("order_id", "line_no"),
                    true,
                    true,
                    null,
                    "btree",
                    1L,
                    null))
            .index("order_lines_order", false, "order_id");

    assertThat(rule.check(model(lines)))
        .extracting(Finding::location)
        .containsExactly("public.order_lines_order");
  }

  @Test
  void uniqueNonPrefixPartialOrOtherMethodIndexesAreKept() {
    Index partial =
        new Index("orders_open", List.of("customer_id"), false, false, "open", "btree", 1L, null);
    Index gin =
        new Index("orders_gin", List.of("customer_id"), false, false, null, "gin", 1L, null);

    assertThat(
            rule.check(
                model(
                    orders()
                        .index("orders_customer_placed", false, "customer_id", "placed_at")
                        .index("orders_customer_key", true, "customer_id")
                        .index("orders_placed", false, "placed_at")
                        .index(partial)
                        .index(gin))))
        .isEmpty();
  }
}
