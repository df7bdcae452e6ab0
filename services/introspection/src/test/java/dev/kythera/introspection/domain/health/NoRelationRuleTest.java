package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoRelationRuleTest {
  private final NoRelationRule rule = new NoRelationRule();

  @Test
  void aTableWithoutForeignKeysInOrOutIsReported() {
    assertThat(
            rule.check(
                model(
                    table("customers").id(),
                    table("orders")
                        .id()
                        .integer("customer_id", false)
                        .foreignKey("customers", "customer_id"),
                    table("imports").id())))
        .extracting(Finding::location)
        .containsExactly("public.imports");
  }

  @Test
  void aDatabaseWithoutAnyForeignKeyGetsOneFinding() {
    assertThat(rule.check(model(table("customers").id(), table("orders").id())))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.title()).isEqualTo("No foreign keys declared");
              assertThat(f.location()).isEqualTo("test");
            });
  }

  @Test
  void relatedTablesAndSingleTableDatabasesAreFine() {
    assertThat(
            rule.check(
                model(
                    table("customers").id(),
                    table("orders")
                        .id()
                        .integer("customer_id", false)
                        .foreignKey("customers", "customer_id"))))
        .isEmpty();
    assertThat(rule.check(model(table("only").id()))).isEmpty();
  }
}
