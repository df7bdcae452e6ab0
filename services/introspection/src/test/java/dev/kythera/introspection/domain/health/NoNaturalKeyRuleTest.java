package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoNaturalKeyRuleTest {
  private final NoNaturalKeyRule rule = new NoNaturalKeyRule();

  @Test
  void aTableIdentifiedOnlyByItsGeneratedIdIsReported() {
    assertThat(rule.check(model(table("customers").id().text("email", 200, false))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.location()).isEqualTo("public.customers");
            });
  }

  @Test
  void uniqueKeysNaturalPrimaryKeysAndLinkTablesAreFine() {
    assertThat(
            rule.check(
                model(
                    table("customers").id().text("email", 200, false).unique("email"),
                    table("tags")
                        .id()
                        .text("label", 40, false)
                        .index("tags_label_key", true, "label"),
                    table("countries").text("code", 2, false).primaryKey("code"),
                    table("customer_tags")
                        .id()
                        .bigint("customer_id", false)
                        .bigint("tag_id", false)
                        .timestamp("created_at", false)
                        .foreignKey("customers", "customer_id")
                        .foreignKey("tags", "tag_id"))))
        .isEmpty();
  }
}
