package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.name;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.TypeCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntegerKeySequenceRuleTest {
  private final IntegerKeySequenceRule rule = new IntegerKeySequenceRule();

  private static Column identity(String type) {
    return new Column(
        "id",
        1,
        type,
        TypeCategory.INTEGER,
        null,
        null,
        null,
        false,
        null,
        Identity.ALWAYS,
        null,
        null,
        null);
  }

  @Test
  void anIntegerIdentityKeyIsReported() {
    assertThat(rule.check(model(table("orders").column(identity("integer")).primaryKey("id"))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.location()).isEqualTo("public.orders.id");
            });
  }

  @Test
  void aBigintKeyFedByA32BitSequenceIsReported() {
    Sequence sequence =
        new Sequence(
            name("orders_id_seq"), "integer", 10L, Integer.MAX_VALUE, 1, "public.orders.id");
    SchemaModel model =
        model(List.of(), List.of(sequence), table("orders").bigint("id", false).primaryKey("id"));

    assertThat(rule.check(model))
        .singleElement()
        .satisfies(f -> assertThat(f.detail()).contains("orders_id_seq"));
  }

  @Test
  void bigintIdentityPlainIntegerAndSqliteKeysAreFine() {
    SchemaModel sqlite =
        new SchemaModel(
            "sqlite",
            "3.45",
            "main",
            List.of("main"),
            List.of(table("main.orders").column(identity("INTEGER")).primaryKey("id").build()),
            List.of(),
            List.of());

    assertThat(rule.check(model(table("orders").id()))).isEmpty();
    assertThat(rule.check(model(table("codes").integer("id", false).primaryKey("id")))).isEmpty();
    assertThat(rule.check(sqlite)).isEmpty();
  }
}
