package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TablePluralityRuleTest {
  private final TablePluralityRule rule = new TablePluralityRule();

  @Test
  void aSingularTableAmongPluralsIsNamed() {
    assertThat(
            rule.check(
                model(
                    table("customers").id(),
                    table("order_items").id(),
                    table("categories").id(),
                    table("product").id())))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.location()).isEqualTo("public");
              assertThat(f.detail()).contains("product").doesNotContain("customers");
            });
  }

  @Test
  void oneConventionWithNeutralWordsIsFine() {
    assertThat(
            rule.check(
                model(
                    table("customers").id(),
                    table("addresses").id(),
                    table("people").id(),
                    table("settings").id(),
                    table("metadata").id())))
        .isEmpty();
    assertThat(
            rule.check(model(table("customer").id(), table("address").id(), table("status").id())))
        .isEmpty();
  }

  @Test
  void schemasAreJudgedSeparately() {
    assertThat(rule.check(model(table("sales.orders").id(), table("hr.employee").id()))).isEmpty();
  }
}
