package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamingStyleRuleTest {
  private final NamingStyleRule rule = new NamingStyleRule();

  @Test
  void mixedTableStylesAreReportedWithTheMinorityNamed() {
    List<Finding> findings =
        rule.check(
            model(
                table("order_items").id(), table("customer_notes").id(), table("orderLines").id()));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.title()).contains("table");
              assertThat(f.location()).isEqualTo("public");
              assertThat(f.detail()).contains("orderLines").doesNotContain("customer_notes");
            });
  }

  @Test
  void mixedColumnStylesAreReported() {
    List<Finding> findings =
        rule.check(
            model(
                table("orders").id().integer("customer_id", false),
                table("invoices").id().integer("orderId", false).integer("total_cents", false)));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.title()).contains("column");
              assertThat(f.detail()).contains("invoices.orderId");
            });
  }

  @Test
  void consistentSnakeCaseWithSingleWordsIsFine() {
    assertThat(
            rule.check(
                model(
                    table("orders").id().integer("customer_id", false),
                    table("customers").id().text("name", 80, false),
                    table("ORDER_ARCHIVE").id())))
        .isEmpty();
  }

  @Test
  void stylesAreToldApart() {
    assertThat(NamingStyleRule.style("order_id")).isEqualTo(NamingStyleRule.Style.SNAKE);
    assertThat(NamingStyleRule.style("ORDER_ID")).isEqualTo(NamingStyleRule.Style.SNAKE);
    assertThat(NamingStyleRule.style("orderId")).isEqualTo(NamingStyleRule.Style.CAMEL);
    assertThat(NamingStyleRule.style("OrderLine")).isEqualTo(NamingStyleRule.Style.CAMEL);
    assertThat(NamingStyleRule.style("orders")).isEqualTo(NamingStyleRule.Style.NEUTRAL);
    assertThat(NamingStyleRule.style("ID")).isEqualTo(NamingStyleRule.Style.NEUTRAL);
  }
}
