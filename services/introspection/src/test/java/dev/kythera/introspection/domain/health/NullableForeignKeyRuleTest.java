package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NullableForeignKeyRuleTest {
  private final NullableForeignKeyRule rule = new NullableForeignKeyRule();

  @Test
  void aNullableForeignKeyColumnIsReportedAsInfo() {
    assertThat(
            rule.check(
                model(
                    table("customers").id(),
                    table("orders")
                        .id()
                        .integer("customer_id", true)
                        .foreignKey("customers", "customer_id"))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.location()).isEqualTo("public.orders.customer_id");
            });
  }

  @Test
  void notNullForeignKeysAreFine() {
    assertThat(
            rule.check(
                model(
                    table("customers").id(),
                    table("orders")
                        .id()
                        .integer("customer_id", false)
                        .integer("coupon", true)
                        .foreignKey("customers", "customer_id"))))
        .isEmpty();
  }
}
