package dev.kythera.introspection.domain.explorer;

import static dev.kythera.introspection.domain.TestSchemas.column;
import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.FieldError;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.TypeCategory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every name in a request is checked against the snapshot; anything unknown is a 400 field. */
class RequestNamesTest {
  private static final List<String> ATTACKS =
      List.of(
          "orders; DROP TABLE customers",
          "id\" OR 1=1 --",
          "`x`",
          "id` OR 1=1 #",
          "\u201cid\u201d",
          "\u02bcid\u02bc",
          "ID",
          " id",
          "");

  private final SchemaModel model =
      model(
          table("public.customers")
              .id()
              .text("email", 254, false)
              .column(
                  new Column(
                      "full_name",
                      0,
                      "text",
                      TypeCategory.TEXT,
                      null,
                      null,
                      null,
                      true,
                      null,
                      Identity.NONE,
                      "first_name || ' ' || last_name",
                      null,
                      null)),
          table("public.audit").text("action", 40, false),
          table("public.customer_orders").view().bigint("customer_id", false),
          table("shop.orders").id().bigint("customer_id", false).timestamp("ordered_at", true));

  private ExploredTable customers() {
    return ExploredTable.find(model, "public.customers");
  }

  private static void assertField(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            KytheraException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
              assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly(field);
            });
  }

  @Test
  void tablesAreFoundByQualifiedOrUniqueBareName() {
    assertThat(ExploredTable.find(model, "shop.orders").name().toString()).isEqualTo("shop.orders");
    assertThat(ExploredTable.find(model, "orders").name().toString()).isEqualTo("shop.orders");
    assertThat(ExploredTable.find(model, "customer_orders").table().isView()).isTrue();
    for (String attack : ATTACKS) {
      assertField(() -> ExploredTable.find(model, attack), "table");
    }
    assertField(() -> ExploredTable.find(model, "public.orders"), "table");
  }

  @Test
  void sortNamesOnlyColumnsAndEndsWithThePrimaryKey() {
    List<SortKey> keys = SortKey.parse(List.of("-email, full_name", "email"), customers());
    assertThat(keys)
        .extracting(k -> k.column().name() + (k.descending() ? " desc" : ""))
        .containsExactly("email desc", "full_name", "id");
    assertThat(SortKey.parse(List.of("-id"), customers())).hasSize(1);
    assertThat(SortKey.parse(List.of(), ExploredTable.find(model, "audit"))).isEmpty();
    for (String attack : ATTACKS) {
      // sort lists are comma-separated and trimmed, so " id" is just id
      if (!attack.isBlank() && !attack.equals(" id")) {
        assertField(() -> SortKey.parse(List.of(attack), customers()), "sort");
      }
    }
  }

  @Test
  void filtersCheckColumnOperatorAndValue() {
    ExploredTable customers = customers();
    RowFilter filter = RowFilter.parse("email:eq:a:b@example.com", customers);
    assertThat(filter.op()).isEqualTo(FilterOp.EQ);
    assertThat(filter.values()).containsExactly("a:b@example.com");
    assertThat(RowFilter.parse("id:in:1|2|3", customers).values()).containsExactly(1L, 2L, 3L);
    assertThat(RowFilter.parse("full_name:null", customers).values()).isEmpty();
    assertThat(RowFilter.parse("full_name:notnull:", customers).op()).isEqualTo(FilterOp.NOTNULL);
    assertThat(RowFilter.parse("id:like:1%", customers).values()).containsExactly("1%");

    for (String attack : ATTACKS) {
      assertField(() -> RowFilter.parse(attack + ":eq:1", customers), "filter");
      assertField(() -> RowFilter.parse("id:" + attack + ":1", customers), "filter");
    }
    assertField(() -> RowFilter.parse("id", customers), "filter");
    assertField(() -> RowFilter.parse("id:eq", customers), "filter");
    assertField(() -> RowFilter.parse("id:EQ:1", customers), "filter");
    assertField(() -> RowFilter.parse("id:eq:1 OR 1=1", customers), "filter");
    assertField(() -> RowFilter.parse("id:null:1", customers), "filter");
    assertField(() -> RowFilter.parse("id:in:1|x", customers), "filter");
  }

  @Test
  void keysAreExactlyThePrimaryKey() {
    ExploredTable customers = customers();
    assertThat(RowKey.parse(Map.of("id", "42"), customers).values().values()).containsExactly(42L);
    assertField(() -> RowKey.parse(Map.of(), customers), "key");
    assertField(() -> RowKey.parse(Map.of("email", "a"), customers), "key");
    assertField(() -> RowKey.parse(Map.of("id", 1, "email", "a"), customers), "key");
    assertField(() -> RowKey.parse(Map.of("id", "abc"), customers), "key");
    Map<String, Object> nullKey = new HashMap<>();
    nullKey.put("id", null);
    assertField(() -> RowKey.parse(nullKey, customers), "key");
    for (String attack : ATTACKS) {
      assertField(() -> RowKey.parse(Map.of(attack, 1), customers), "key");
    }
    assertField(
        () -> RowKey.parse(Map.of("action", "x"), ExploredTable.find(model, "audit")), "table");
  }

  @Test
  void valuesNameWritableColumns() {
    ExploredTable customers = customers();
    assertThat(RowValues.parse(Map.of("email", "a@b.c"), customers).values())
        .containsValue("a@b.c");
    assertField(() -> RowValues.parse(Map.of("full_name", "x"), customers), "values.full_name");
    assertField(() -> RowValues.parse(Map.of("nope", "x"), customers), "values.nope");
    assertField(() -> RowValues.parse(Map.of("id", "x"), customers), "values.id");
    Map<String, Object> nullEmail = new HashMap<>();
    nullEmail.put("email", null);
    assertField(() -> RowValues.parse(nullEmail, customers), "values.email");
    for (String attack : ATTACKS) {
      assertField(() -> RowValues.parse(Map.of(attack, "x"), customers), "values." + attack);
    }
  }

  @Test
  void tablesWithoutAPrimaryKeyAreBrowseOnly() {
    assertField(() -> ExploredTable.find(model, "audit").requireWritable(), "table");
    assertThatThrownBy(() -> ExploredTable.find(model, "customer_orders").requireWritable())
        .hasMessageContaining("is a view");
    customers().requireWritable();
    assertThat(column("x", "text", TypeCategory.TEXT, true).filledByDatabase()).isFalse();
  }
}
