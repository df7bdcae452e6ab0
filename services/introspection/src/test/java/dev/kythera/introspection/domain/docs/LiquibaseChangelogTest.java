package dev.kythera.introspection.domain.docs;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.diff.ShopModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LiquibaseChangelogTest {
  private static final String NS = LiquibaseChangelog.NAMESPACE;

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document document, String name) {
    NodeList nodes = document.getElementsByTagNameNS(NS, name);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private static Element changeSet(Document document, String id) {
    return elements(document, "changeSet").stream()
        .filter(e -> e.getAttribute("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static Element child(Element parent, String name) {
    return (Element) parent.getElementsByTagNameNS(NS, name).item(0);
  }

  @Test
  void isWellFormedWithTheLiquibaseNamespaceAndStableIds() throws Exception {
    String xml = LiquibaseChangelog.render(ShopModel.shop());
    Document document = parse(xml);

    Element root = document.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("databaseChangeLog");
    assertThat(root.getNamespaceURI()).isEqualTo(NS);
    assertThat(elements(document, "changeSet"))
        .allMatch(e -> e.getAttribute("author").equals("kythera"));
    assertThat(elements(document, "changeSet").stream().map(e -> e.getAttribute("id")).toList())
        .doesNotHaveDuplicates()
        .startsWith(
            "kythera-enum-order_status", "kythera-sequence-invoice_no", "kythera-countries-create")
        .contains(
            "kythera-customers-create",
            "kythera-customers-generated-full_name",
            "kythera-orders-check-orders_check",
            "kythera-orders-index-orders_open_idx",
            "kythera-customers-index-customers_lower_email_idx",
            "kythera-shipments-fk-shipments_order_id_line_no_fkey",
            "kythera-customer_orders-view")
        .doesNotContain("kythera-countries-index-countries_name_key");
    assertThat(LiquibaseChangelog.render(ShopModel.shop())).isEqualTo(xml);
  }

  @Test
  void createTableCarriesColumnConstraints() throws Exception {
    Document document = parse(LiquibaseChangelog.render(ShopModel.shop()));

    Element create = child(changeSet(document, "kythera-customers-create"), "createTable");
    assertThat(create.getAttribute("schemaName")).isEqualTo("public");
    assertThat(create.getAttribute("tableName")).isEqualTo("customers");
    List<Element> columns = new ArrayList<>();
    NodeList nodes = create.getElementsByTagNameNS(NS, "column");
    for (int i = 0; i < nodes.getLength(); i++) {
      columns.add((Element) nodes.item(i));
    }
    assertThat(columns)
        .extracting(c -> c.getAttribute("name"))
        .doesNotContain("full_name")
        .startsWith("id", "email");
    Element id = columns.get(0);
    assertThat(id.getAttribute("autoIncrement")).isEqualTo("true");
    assertThat(id.getAttribute("generationType")).isEqualTo("BY DEFAULT");
    assertThat(child(id, "constraints").getAttribute("primaryKey")).isEqualTo("true");
    assertThat(child(id, "constraints").getAttribute("nullable")).isEqualTo("false");
    Element email = columns.get(1);
    assertThat(email.getAttribute("remarks")).isEqualTo("Login and contact address");
    assertThat(child(email, "constraints").getAttribute("unique")).isEqualTo("true");
    assertThat(child(email, "constraints").getAttribute("uniqueConstraintName"))
        .isEqualTo("customers_email_key");
    Element created =
        columns.stream()
            .filter(c -> c.getAttribute("name").equals("created_at"))
            .findFirst()
            .orElseThrow();
    assertThat(created.getAttribute("defaultValueComputed")).isEqualTo("now()");

    Element shipments = child(changeSet(document, "kythera-shipments-create"), "createTable");
    Element carrier = (Element) shipments.getElementsByTagNameNS(NS, "column").item(3);
    assertThat(carrier.getAttribute("defaultValue")).isEqualTo("post");
    Element serial = (Element) shipments.getElementsByTagNameNS(NS, "column").item(0);
    assertThat(serial.getAttribute("autoIncrement")).isEqualTo("true");
    assertThat(serial.hasAttribute("defaultValueComputed")).isFalse();
  }

  @Test
  void foreignKeysIndexesAndRawSql() throws Exception {
    Document document = parse(LiquibaseChangelog.render(ShopModel.shop()));

    Element key =
        child(
            changeSet(document, "kythera-customers-fk-customers_referred_by_fkey"),
            "addForeignKeyConstraint");
    assertThat(key.getAttribute("baseTableName")).isEqualTo("customers");
    assertThat(key.getAttribute("baseColumnNames")).isEqualTo("referred_by");
    assertThat(key.getAttribute("referencedTableName")).isEqualTo("customers");
    assertThat(key.getAttribute("onDelete")).isEqualTo("SET NULL");
    assertThat(key.getAttribute("onUpdate")).isEqualTo("NO ACTION");
    Element deferred =
        child(
            changeSet(document, "kythera-departments-fk-departments_manager_fk"),
            "addForeignKeyConstraint");
    assertThat(deferred.getAttribute("deferrable")).isEqualTo("true");
    assertThat(deferred.getAttribute("initiallyDeferred")).isEqualTo("true");
    Element composite =
        child(
            changeSet(document, "kythera-shipments-fk-shipments_order_id_line_no_fkey"),
            "addForeignKeyConstraint");
    assertThat(composite.getAttribute("baseColumnNames")).isEqualTo("order_id, line_no");

    Element index =
        child(
            changeSet(document, "kythera-customers-index-customers_lower_email_idx"),
            "createIndex");
    Element indexColumn = child(index, "column");
    assertThat(indexColumn.getAttribute("name")).isEqualTo("lower((email)::text)");
    assertThat(indexColumn.getAttribute("computed")).isEqualTo("true");

    Element partial = changeSet(document, "kythera-orders-index-orders_open_idx");
    assertThat(partial.getAttribute("dbms")).isEqualTo("postgresql");
    assertThat(child(partial, "sql").getTextContent())
        .isEqualTo(
            "CREATE INDEX \"orders_open_idx\" ON \"public\".\"orders\" (\"customer_id\")"
                + " WHERE (status = ANY (ARRAY['pending'::order_status, 'paid'::order_status]))");
    assertThat(child(changeSet(document, "kythera-enum-order_status"), "sql").getTextContent())
        .isEqualTo(
            "CREATE TYPE \"public\".\"order_status\" AS ENUM ('pending', 'paid', 'shipped', 'cancelled')");
    assertThat(
            child(
                    changeSet(document, "kythera-order_items-check-order_items_quantity_check"),
                    "sql")
                .getTextContent())
        .isEqualTo(
            "ALTER TABLE \"public\".\"order_items\" ADD CONSTRAINT \"order_items_quantity_check\""
                + " CHECK (((quantity >= 1) AND (quantity <= 1000)))");
    assertThat(
            child(changeSet(document, "kythera-customer_orders-view"), "createView")
                .getTextContent())
        .startsWith("SELECT c.id AS customer_id")
        .doesNotEndWith(";");
  }

  @Test
  void multiColumnUniquesGetTheirOwnChangeSetAndTextIsEscaped() throws Exception {
    String xml =
        LiquibaseChangelog.render(
            model(
                table("t&\"x\"")
                    .id()
                    .integer("a", false)
                    .integer("b", false)
                    .unique("a", "b")
                    .columnComment("a", "<b> & 'q' \u0001 ]]>")
                    .comment("tab\there")));
    Document document = parse(xml);

    Element unique =
        child(changeSet(document, "kythera-t&\"x\"-unique-t&\"x\"_a_b_key"), "addUniqueConstraint");
    assertThat(unique.getAttribute("columnNames")).isEqualTo("a, b");
    Element table = child(changeSet(document, "kythera-t&\"x\"-create"), "createTable");
    assertThat(table.getAttribute("tableName")).isEqualTo("t&\"x\"");
    assertThat(table.getAttribute("remarks")).isEqualTo("tab\there");
    Element a = (Element) table.getElementsByTagNameNS(NS, "column").item(1);
    assertThat(a.getAttribute("remarks")).isEqualTo("<b> & 'q' \uFFFD ]]>");
  }
}
