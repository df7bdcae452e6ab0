package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingTableCommentRuleTest {
  private final MissingTableCommentRule rule = new MissingTableCommentRule();

  @Test
  void aSchemaWithoutAnyTableCommentGetsOneFinding() {
    assertThat(rule.check(model(table("orders").id(), table("customers").id())))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo("public");
              assertThat(f.detail()).contains("2 tables");
            });
  }

  @Test
  void inADocumentedSchemaEachUncommentedTableIsReported() {
    assertThat(
            rule.check(
                model(
                    table("orders").id().comment("One customer order."),
                    table("customers").id().comment("  "),
                    table("order_view").view())))
        .extracting(Finding::location)
        .containsExactly("public.customers");
  }

  @Test
  void fullyCommentedTablesAreFine() {
    assertThat(
            rule.check(
                model(
                    table("orders").id().comment("One order."),
                    table("customers").id().comment("A buyer."))))
        .isEmpty();
  }
}
