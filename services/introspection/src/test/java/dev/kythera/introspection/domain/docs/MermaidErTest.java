package dev.kythera.introspection.domain.docs;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.diff.ShopModel;
import dev.kythera.kernel.schema.SchemaModel;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MermaidErTest {
  private static final Pattern ENTITY_OPEN = Pattern.compile("^    [A-Za-z_][A-Za-z0-9_]* \\{$");
  private static final Pattern ATTRIBUTE =
      Pattern.compile(
          "^        [A-Za-z_][A-Za-z0-9_\\-()\\[\\]]* [A-Za-z_][A-Za-z0-9_\\-()\\[\\]]*( (PK|FK|UK)(,(PK|FK|UK))*)?( \"[^\"]*\")?$");
  private static final Pattern RELATIONSHIP =
      Pattern.compile(
          "^    [A-Za-z_][A-Za-z0-9_]* (\\|o|\\|\\|)(--|\\.\\.)(o\\{|o\\|) [A-Za-z_][A-Za-z0-9_]* : \"[^\"]*\"$");

  /** Every line is one the erDiagram grammar accepts. */
  private static void assertValid(String diagram) {
    List<String> lines = diagram.lines().toList();
    assertThat(lines.get(0)).isEqualTo("erDiagram");
    for (String line : lines.subList(1, lines.size())) {
      boolean ok =
          ENTITY_OPEN.matcher(line).matches()
              || ATTRIBUTE.matcher(line).matches()
              || RELATIONSHIP.matcher(line).matches()
              || line.equals("    }")
              || line.startsWith("    %%");
      assertThat(ok).as("valid erDiagram line: [%s]", line).isTrue();
    }
  }

  @Test
  void drawsEntitiesKeysAndCrowsFootRelationships() {
    String diagram = MermaidEr.render(ShopModel.shop());

    assertValid(diagram);
    assertThat(diagram)
        .contains(
            "    orders {\n        bigint id PK\n        bigint customer_id FK\n        order_status status\n")
        .contains("        character_varying(254) email UK \"Login and contact address\"")
        .contains("        numeric(10-2) unit_price\n")
        .contains("    customers ||..o{ orders : \"orders_customer_id_fkey\"")
        .contains("    customers |o..o{ customers : \"customers_referred_by_fkey\"")
        .contains("    orders ||--o{ order_items : \"order_items_order_id_fkey\"")
        .doesNotContain("customer_orders");
  }

  @Test
  void oneToOneWhenTheForeignKeyIsUnique() {
    SchemaModel model =
        model(
            table("users").id(),
            table("profiles")
                .id()
                .bigint("user_id", false)
                .unique("user_id")
                .foreignKey("users", "user_id"));

    assertThat(MermaidEr.render(model))
        .contains("    users ||..o| profiles : \"profiles_user_id_fkey\"");
  }

  @Test
  void sanitisesOddIdentifiers() {
    SchemaModel model =
        model(
            table("sales.Order Lines!")
                .id()
                .text("2nd \"value\"", 10, true)
                .columnComment("2nd \"value\"", "say \"hi\"\nthere"),
            table("crm.order-lines")
                .id()
                .bigint("line id", true)
                .foreignKey("sales.Order Lines!", "line id"),
            table("crm.order_lines").id());

    String diagram = MermaidEr.render(model);

    assertValid(diagram);
    assertThat(diagram)
        .contains("    sales__Order_Lines_ {")
        .contains("        character_varying(10) col_2nd_value \"say 'hi' there\"")
        .contains("    crm__order_lines {")
        .contains("    crm__order_lines_2 {")
        .contains("    sales__Order_Lines_ |o..o{ crm__order_lines : \"order-lines_line id_fkey\"");
  }

  @Test
  void capsTheNumberOfTablesWithANote() {
    SchemaModel model =
        model(
            table("hub").id(),
            table("a").id().bigint("hub_id", false).foreignKey("hub", "hub_id"),
            table("b").id().bigint("hub_id", false).foreignKey("hub", "hub_id"),
            table("lonely").id());

    String diagram = MermaidEr.render(model, 2);

    assertValid(diagram);
    assertThat(diagram)
        .contains("%% showing 2 of 4 tables")
        .contains("    hub {")
        .contains("    a {")
        .doesNotContain("lonely")
        .doesNotContain("    b {");
    assertThat(diagram).contains("hub ||..o{ a").doesNotContain("o{ b");
  }
}
