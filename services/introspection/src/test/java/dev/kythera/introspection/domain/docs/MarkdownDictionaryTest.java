package dev.kythera.introspection.domain.docs;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.diff.ShopModel;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import org.junit.jupiter.api.Test;

class MarkdownDictionaryTest {

  @Test
  void listsEveryTableAndColumn() {
    SchemaModel shop = ShopModel.shop();

    String markdown = MarkdownDictionary.render(shop);

    assertThat(markdown).startsWith("# Data dictionary: shop\n");
    for (Table table : shop.tables()) {
      assertThat(markdown).contains("### `" + table.name() + "`");
      for (Column column : table.columns()) {
        assertThat(markdown).contains("| `" + column.name() + "` |");
      }
    }
  }

  @Test
  void showsSummaryKeysReferencesAndDetails() {
    String markdown = MarkdownDictionary.render(ShopModel.shop());

    assertThat(markdown)
        .contains(
            "| Schemas | Tables | Views | Columns | Foreign keys | Indexes | Enums | Sequences |")
        .contains("| 1 | 7 | 1 | 31 | 8 | 6 | 1 | 2 |")
        .contains(
            "| 2 | `email` | `character varying(254)` | no |  | UQ | Login and contact address |")
        .contains("| 1 | `id` | `bigint (identity)` | no |  | PK |  |")
        .contains("| 2 | `line_no` | `integer` | no |  | PK |  |")
        .contains("| 7 | `created_at` | `timestamp with time zone` | no | `now()` |  |  |")
        .contains(
            "`customers_referred_by_fkey` | `referred_by` | `public.customers (id)` | SET NULL | NO ACTION |")
        .contains(
            "| `orders_open_idx` | `customer_id` | no | btree | `(status = ANY (ARRAY['pending'::order_status, 'paid'::order_status]))` |")
        .contains("| `orders_check` | `((shipped_at IS NULL) OR (shipped_at >= ordered_at))` |")
        .contains("- `public.orders` (`customer_id`) via `orders_customer_id_fkey`")
        .contains("**Primary key:** `order_items_pkey` (`order_id`, `line_no`)")
        .contains("ISO 3166 countries (lookup)")
        .contains("| `public.order_status` | `pending`, `paid`, `shipped`, `cancelled` |")
        .contains("```mermaid\nerDiagram\n");
    assertThat(markdown).contains("| 5 | `country_code` | `character(2)` | yes |  | FK |  |");
  }

  @Test
  void escapesMarkupInCommentsAndPipesInCode() {
    SchemaModel model =
        model(
            table("t")
                .id()
                .text("a|b", 10, true)
                .columnComment("a|b", "<script>alert(1)</script> *bold* | pipe\nnext line"));

    String markdown = MarkdownDictionary.render(model);

    assertThat(markdown)
        .contains("`a\\|b`")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\| pipe next line")
        .doesNotContain("<script>");
  }
}
