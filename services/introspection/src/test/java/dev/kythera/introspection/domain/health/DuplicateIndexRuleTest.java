package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.TestSchemas.TableBuilder;
import dev.kythera.kernel.schema.Index;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateIndexRuleTest {
  private final DuplicateIndexRule rule = new DuplicateIndexRule();

  private static TableBuilder orders() {
    return table("orders").id().integer("customer_id", false).integer("store_id", false);
  }

  @Test
  void theSecondOfTwoIdenticalIndexesIsReported() {
    List<Finding> findings =
        rule.check(
            model(
                orders()
                    .index("orders_customer_a", false, "customer_id")
                    .index("orders_customer_b", false, "customer_id")));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo("public.orders_customer_b");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.detail()).contains("orders_customer_a");
            });
  }

  @Test
  void theUniqueOneIsKeptAndThePlainOneReported() {
    List<Finding> findings =
        rule.check(
            model(
                orders()
                    .index("a_plain", false, "customer_id")
                    .index("z_unique", true, "customer_id")));

    assertThat(findings).extracting(Finding::location).containsExactly("public.a_plain");
  }

  @Test
  void indexesDifferingInOrderPredicateOrMethodAreNotDuplicates() {
    Index partial =
        new Index("orders_open", List.of("customer_id"), false, false, "open", "btree", 1L, null);
    Index hash =
        new Index("orders_hash", List.of("customer_id"), false, false, null, "hash", 1L, null);

    assertThat(
            rule.check(
                model(
                    orders()
                        .index("orders_cs", false, "customer_id", "store_id")
                        .index("orders_sc", false, "store_id", "customer_id")
                        .index("orders_c", false, "customer_id")
                        .index(partial)
                        .index(hash))))
        .isEmpty();
  }
}
