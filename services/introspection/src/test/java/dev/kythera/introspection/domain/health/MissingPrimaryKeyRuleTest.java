package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingPrimaryKeyRuleTest {
  private final MissingPrimaryKeyRule rule = new MissingPrimaryKeyRule();

  @Test
  void aTableWithoutAnyKeyIsAnError() {
    List<Finding> findings = rule.check(model(table("events").text("payload", 200, true)));

    assertThat(findings)
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.code()).isEqualTo("missing-primary-key");
              assertThat(finding.severity()).isEqualTo(Severity.ERROR);
              assertThat(finding.location()).isEqualTo("public.events");
            });
  }

  @Test
  void aUniqueNotNullKeyThatCouldBePromotedMakesItAWarning() {
    List<Finding> findings =
        rule.check(model(table("countries").text("code", 2, false).unique("code")));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.detail()).contains("(code)");
            });
  }

  @Test
  void tablesWithAPrimaryKeyAndViewsAreFine() {
    assertThat(rule.check(model(table("customers").id(), table("customer_names").view())))
        .isEmpty();
  }
}
