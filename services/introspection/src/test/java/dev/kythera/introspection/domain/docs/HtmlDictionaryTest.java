package dev.kythera.introspection.domain.docs;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.diff.ShopModel;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class HtmlDictionaryTest {

  @Test
  void isOneSelfContainedPageWithEveryTableAndColumn() {
    SchemaModel shop = ShopModel.shop();

    String html = HtmlDictionary.render(shop);

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").endsWith("</html>\n");
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("http");
    for (Table table : shop.tables()) {
      assertThat(html).contains("<code>" + table.name() + "</code>");
      for (Column column : table.columns()) {
        assertThat(html).contains("<td><code>" + column.name() + "</code></td>");
      }
    }
    assertThat(html)
        .contains("<pre class=\"mermaid\">\nerDiagram\n")
        .contains("customers ||..o{ orders : &quot;orders_customer_id_fkey&quot;")
        .contains("<!-- Mermaid ER source: viewers that load Mermaid render this block")
        .contains("<a href=\"#t-public-orders\">public.orders</a>")
        .contains("<h3 id=\"t-public-orders\">");
  }

  @Test
  void escapesScriptInCommentsAndNames() {
    SchemaModel model =
        model(
            table("t<b>")
                .id()
                .text("x", 10, true)
                .columnComment("x", "<script>alert('x')</script> & more")
                .comment("\"quoted\" <img src=x onerror=alert(1)>"));

    String html = HtmlDictionary.render(model, "Dictionary <b>");

    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<b>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
        .contains("&quot;quoted&quot; &lt;img src=x onerror=alert(1)&gt;")
        .contains("<title>Dictionary &lt;b&gt;</title>")
        .contains("<code>public.t&lt;b&gt;</code>");
  }

  @Test
  void bodyIsWellFormedMarkup() throws Exception {
    String html = HtmlDictionary.render(ShopModel.shop());
    String xml =
        html.replace("<!DOCTYPE html>", "")
            .replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>")
            .replace("initial-scale=1\">", "initial-scale=1\"/>");

    var document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

    assertThat(document.getElementsByTagName("table").getLength()).isGreaterThan(10);
  }
}
