package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingColumnCommentRuleTest {
  private final MissingColumnCommentRule rule = new MissingColumnCommentRule();

  @Test
  void aSchemaWithoutAnyColumnCommentGetsOneFinding() {
    assertThat(rule.check(model(table("orders").id().integer("total_cents", false))))
        .singleElement()
        .satisfies(f -> assertThat(f.location()).isEqualTo("public"));
  }

  @Test
  void inADocumentedSchemaEachTableListsItsUncommentedColumns() {
    assertThat(
            rule.check(
                model(
                    table("orders")
                        .id()
                        .integer("total_cents", false)
                        .columnComment("total_cents", "Gross total in cents.")
                        .integer("status", false)
                        .integer("channel", false))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo("public.orders");
              assertThat(f.detail()).contains("status, channel").doesNotContain("id,");
            });
  }

  @Test
  void commentedColumnsAndTheIdKeyAreFine() {
    assertThat(
            rule.check(
                model(
                    table("orders")
                        .id()
                        .integer("total_cents", false)
                        .columnComment("total_cents", "Gross total in cents."))))
        .isEmpty();
  }
}
