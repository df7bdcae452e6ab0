package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyTypeMismatchRuleTest {
  private final ForeignKeyTypeMismatchRule rule = new ForeignKeyTypeMismatchRule();

  @Test
  void anIntegerColumnReferencingABigintKeyIsReported() {
    assertThat(
            rule.check(
                model(
                    table("customers").id(),
                    table("orders")
                        .id()
                        .integer("customer_id", false)
                        .foreignKey("customers", "customer_id"))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo("public.orders.customer_id");
              assertThat(f.detail()).contains("integer").contains("bigint");
            });
  }

  @Test
  void aTextColumnReferencingANumberIsReported() {
    assertThat(
            rule.check(
                model(
                    table("customers").id(),
                    table("orders")
                        .id()
                        .text("customer_id", 20, false)
                        .foreignKey("customers", "customer_id"))))
        .hasSize(1);
  }

  @Test
  void sameTypesAndDifferentLengthsAreFine() {
    assertThat(
            rule.check(
                model(
                    table("customers").id(),
                    table("countries").text("code", 2, false).primaryKey("code"),
                    table("orders")
                        .id()
                        .bigint("customer_id", false)
                        .text("country_code", 40, false)
                        .foreignKey("customers", "customer_id")
                        .foreignKey("countries", List.of("country_code"), List.of("code")))))
        .isEmpty();
  }

  @Test
  void engineSpellingsOfOneTypeAreEqual() {
    assertThat(ForeignKeyTypeMismatchRule.base("int4")).isEqualTo("integer");
    assertThat(ForeignKeyTypeMismatchRule.base("varchar(20)"))
        .isEqualTo(ForeignKeyTypeMismatchRule.base("character varying(80)"));
  }
}
