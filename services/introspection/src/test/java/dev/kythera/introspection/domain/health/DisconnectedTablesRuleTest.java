package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.TestSchemas.TableBuilder;
import org.junit.jupiter.api.Test;

class DisconnectedTablesRuleTest {
  private final DisconnectedTablesRule rule = new DisconnectedTablesRule();

  private static TableBuilder child(String name, String parent) {
    return table(name).id().integer(parent + "_id", false).foreignKey(parent, parent + "_id");
  }

  @Test
  void aSmallerLinkedGroupIsReportedByItsTables() {
    assertThat(
            rule.check(
                model(
                    table("customers").id(),
                    child("orders", "customers"),
                    child("invoices", "orders"),
                    table("wiki_pages").id(),
                    child("wiki_revisions", "wiki_pages"),
                    table("standalone").id())))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo("public.wiki_pages");
              assertThat(f.detail()).contains("public.wiki_revisions").doesNotContain("standalone");
            });
  }

  @Test
  void oneConnectedModelIsFine() {
    assertThat(
            rule.check(
                model(
                    table("customers").id(),
                    child("orders", "customers"),
                    child("invoices", "orders"),
                    table("loose").id())))
        .isEmpty();
  }
}
