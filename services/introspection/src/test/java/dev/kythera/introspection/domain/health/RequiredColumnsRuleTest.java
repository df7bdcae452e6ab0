package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredColumnsRuleTest {
  private final RequiredColumnsRule rule =
      new RequiredColumnsRule(Set.of("created_at", "updated_at"));

  @Test
  void aTableMissingARequiredColumnIsReported() {
    assertThat(rule.check(model(table("orders").id().timestamp("created_at", false))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo("public.orders");
              assertThat(f.detail()).contains("updated_at").doesNotContain("created_at,");
            });
  }

  @Test
  void tablesWithAllRequiredColumnsAndViewsAreFine() {
    assertThat(
            rule.check(
                model(
                    table("orders")
                        .id()
                        .timestamp("created_at", false)
                        .timestamp("updated_at", false),
                    table("order_totals").view())))
        .isEmpty();
  }
}
