package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateForeignKeyRuleTest {
  private final DuplicateForeignKeyRule rule = new DuplicateForeignKeyRule();

  @Test
  void aSecondIdenticalForeignKeyIsReported() {
    assertThat(
            rule.check(
                model(
                    table("shipments").integer("a", false).integer("b", false).primaryKey("a", "b"),
                    table("parcels")
                        .id()
                        .integer("a", false)
                        .integer("b", false)
                        .foreignKey("shipments", List.of("a", "b"), List.of("a", "b"))
                        .foreignKey("shipments", List.of("b", "a"), List.of("b", "a")))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo("public.parcels.b,a");
              assertThat(f.detail()).contains("parcels_a_b_fkey");
            });
  }

  @Test
  void foreignKeysToDifferentTablesOrColumnsAreFine() {
    assertThat(
            rule.check(
                model(
                    table("people").id(),
                    table("messages")
                        .id()
                        .bigint("sender_id", false)
                        .bigint("recipient_id", false)
                        .foreignKey("people", "sender_id")
                        .foreignKey("people", "recipient_id"))))
        .isEmpty();
  }
}
