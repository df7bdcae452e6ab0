package dev.kythera.introspection.domain.heuristics;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.name;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.TypeCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDetectorTest {
  private final ReferenceDetector detector = new ReferenceDetector();

  private static Column enumColumn(String name, String type, List<String> values) {
    return new Column(
        name,
        0,
        type,
        TypeCategory.ENUM,
        null,
        null,
        null,
        false,
        null,
        Identity.NONE,
        null,
        values,
        null);
  }

  @Test
  void enumTypesInlineEnumsCheckListsAndLookupTablesAreFound() {
    SchemaModel model =
        model(
            List.of(new EnumType(name("order_status"), List.of("new", "paid"))),
            List.of(),
            table("orders")
                .id()
                .column(enumColumn("status", "order_status", List.of("new", "paid")))
                .column(enumColumn("channel", "enum('web','shop')", List.of("web", "shop")))
                .text("kind", 10, false)
                .check("orders_kind_check", "kind IN ('retail', 'wholesale')")
                .check("orders_total_check", "total >= 0")
                .bigint("country_id", false)
                .foreignKey("countries", "country_id"),
            table("countries").id().text("iso_code", 2, false).text("name", 80, false).rows(250));

    List<ReferenceDefinition> found = detector.detect(model);

    assertThat(found)
        .containsExactlyInAnyOrder(
            new ReferenceDefinition(
                "order_status",
                ReferenceKind.ENUM_TYPE,
                "public.order_status",
                List.of("new", "paid")),
            new ReferenceDefinition(
                "orders_channel",
                ReferenceKind.ENUM_TYPE,
                "public.orders.channel",
                List.of("web", "shop")),
            new ReferenceDefinition(
                "orders_kind",
                ReferenceKind.CHECK_LIST,
                "public.orders.kind",
                List.of("retail", "wholesale")),
            new ReferenceDefinition(
                "countries", ReferenceKind.LOOKUP_TABLE, "public.countries.id", List.of()));
  }

  @Test
  void aSchemaWithoutListsYieldsNothing() {
    assertThat(
            detector.detect(
                model(
                    table("orders")
                        .id()
                        .integer("total", false)
                        .check("orders_total_check", "total >= 0"),
                    table("customers").id().text("email", 80, false))))
        .isEmpty();
  }

  @Test
  void aCheckOnAnUnknownColumnIsIgnored() {
    assertThat(detector.detect(model(table("orders").id().check("c", "ghost IN ('a')")))).isEmpty();
  }
}
