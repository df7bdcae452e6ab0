package dev.kythera.introspection.domain.explorer;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.name;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.kernel.schema.SchemaModel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationsTest {
  private final SchemaModel model =
      model(
          table("customers")
              .id()
              .bigint("referred_by", true)
              .foreignKey("customers", "referred_by"),
          table("orders").id().bigint("customer_id", false).foreignKey("customers", "customer_id"),
          table("order_items")
              .bigint("order_id", false)
              .integer("line_no", false)
              .primaryKey("order_id", "line_no")
              .foreignKey("orders", "order_id"),
          table("shipments")
              .id()
              .bigint("order_id", false)
              .integer("line_no", false)
              .foreignKey(
                  "order_items", List.of("order_id", "line_no"), List.of("order_id", "line_no")));

  @Test
  void incomingForeignKeysIncludeSelfReferencesAndCompositeKeys() {
    assertThat(Relations.incoming(model, name("customers")))
        .extracting(i -> i.table().name().name())
        .containsExactlyInAnyOrder("customers", "orders");
    assertThat(Relations.incoming(model, name("order_items")))
        .singleElement()
        .satisfies(
            i -> assertThat(i.foreignKey().columns()).containsExactly("order_id", "line_no"));
    assertThat(Relations.incoming(model, name("shipments"))).isEmpty();
  }

  @Test
  void matchingTypesTheOtherSidesValuesAndGivesUpOnNull() {
    ExploredTable shipments = ExploredTable.find(model, "public.shipments");
    List<RowFilter> conditions =
        Relations.matching(shipments, List.of("order_id", "line_no"), List.of(7, "2"))
            .orElseThrow();
    assertThat(conditions).extracting(f -> f.values().get(0)).containsExactly(7L, 2L);
    assertThat(
            Relations.matching(shipments, List.of("order_id", "line_no"), Arrays.asList(7, null)))
        .isEmpty();
  }
}
