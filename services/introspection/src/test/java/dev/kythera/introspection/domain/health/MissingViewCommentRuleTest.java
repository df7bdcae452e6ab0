package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingViewCommentRuleTest {
  private final MissingViewCommentRule rule = new MissingViewCommentRule();

  @Test
  void aViewWithoutCommentIsReported() {
    assertThat(rule.check(model(table("orders").id(), table("open_orders").view())))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo("public.open_orders");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
            });
  }

  @Test
  void commentedViewsAndUncommentedTablesAreFine() {
    assertThat(
            rule.check(
                model(table("orders").id(), table("open_orders").view().comment("Unshipped."))))
        .isEmpty();
  }
}
