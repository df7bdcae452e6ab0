package dev.kythera.kernel.schema.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.PrimaryKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.TypeCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FkGraphTest {

  @Test
  void parentsComeBeforeChildrenAndIndependentTablesKeepNameOrder() {
    FkGraph graph =
        FkGraph.of(
            model(
                table("order_items", fk("orders", false), fk("products", false)),
                table("orders", fk("customers", false)),
                table("customers"),
                table("products")));

    List<QualifiedName> order = graph.topologicalOrder();

    assertThat(order).hasSize(4);
    assertThat(order.indexOf(name("customers"))).isLessThan(order.indexOf(name("orders")));
    assertThat(order.indexOf(name("orders"))).isLessThan(order.indexOf(name("order_items")));
    assertThat(order.indexOf(name("products"))).isLessThan(order.indexOf(name("order_items")));
    assertThat(graph.cycles()).isEmpty();
    assertThat(graph.deferredEdges()).isEmpty();
  }

  @Test
  void aSelfReferenceIsACycleWhoseEdgeIsDeferred() {
    FkGraph graph = FkGraph.of(model(table("employees", fk("employees", true))));

    assertThat(graph.cycles()).containsExactly(List.of(name("employees")));
    assertThat(graph.deferredEdges()).singleElement().matches(FkEdge::selfReference);
    assertThat(graph.topologicalOrder()).containsExactly(name("employees"));
  }

  @Test
  void aTwoTableCycleIsBrokenAtItsNullableEdge() {
    // departments.manager_id -> employees is nullable; employees.department_id is not.
    FkGraph graph =
        FkGraph.of(
            model(
                table("departments", fk("employees", true)),
                table("employees", fk("departments", false))));

    assertThat(graph.cycles()).containsExactly(List.of(name("departments"), name("employees")));
    assertThat(graph.deferredEdges())
        .singleElement()
        .satisfies(edge -> assertThat(edge.from()).isEqualTo(name("departments")));
    assertThat(graph.topologicalOrder()).containsExactly(name("departments"), name("employees"));
  }

  @Test
  void aLongChainNeitherOverflowsNorLosesTables() {
    List<Table> tables = new ArrayList<>();
    tables.add(table("t0"));
    for (int i = 1; i < 20_000; i++) {
      tables.add(table("t" + i, fk("t" + (i - 1), false)));
    }
    FkGraph graph = FkGraph.of(model(tables.toArray(Table[]::new)));

    List<QualifiedName> order = graph.topologicalOrder();

    assertThat(order).hasSize(20_000);
    assertThat(order.get(0)).isEqualTo(name("t0"));
    assertThat(order.get(19_999)).isEqualTo(name("t19999"));
  }

  @Test
  void linkedTablesShareACommunityAndUnlinkedOnesDoNot() {
    FkGraph graph =
        FkGraph.of(
            model(
                table("orders", fk("customers", false)),
                table("customers"),
                table("invoices", fk("customers", false)),
                table("countries"),
                table("regions", fk("countries", false))));

    Map<QualifiedName, QualifiedName> communities = graph.communities();

    assertThat(communities.get(name("orders"))).isEqualTo(communities.get(name("customers")));
    assertThat(communities.get(name("invoices"))).isEqualTo(communities.get(name("customers")));
    assertThat(communities.get(name("regions"))).isEqualTo(communities.get(name("countries")));
    assertThat(communities.get(name("regions"))).isNotEqualTo(communities.get(name("orders")));
  }

  private static QualifiedName name(String table) {
    return new QualifiedName("public", table);
  }

  private record Fk(String parent, boolean nullable) {}

  private static Fk fk(String parent, boolean nullable) {
    return new Fk(parent, nullable);
  }

  private static Table table(String name, Fk... keys) {
    List<Column> columns = new ArrayList<>();
    columns.add(column("id", 1, false));
    List<ForeignKey> foreignKeys = new ArrayList<>();
    for (Fk key : keys) {
      String column = key.parent() + "_id";
      columns.add(column(column, columns.size() + 1, key.nullable()));
      foreignKeys.add(
          new ForeignKey(
              name + "_" + column + "_fkey",
              List.of(column),
              name(key.parent()),
              List.of("id"),
              null,
              null,
              false,
              false));
    }
    return new Table(
        name(name),
        null,
        columns,
        new PrimaryKey(name + "_pkey", List.of("id")),
        foreignKeys,
        null,
        null,
        null,
        null,
        -1,
        -1,
        null,
        null);
  }

  private static Column column(String name, int position, boolean nullable) {
    return new Column(
        name,
        position,
        "integer",
        TypeCategory.INTEGER,
        null,
        32,
        0,
        nullable,
        null,
        null,
        null,
        null,
        null);
  }

  private static SchemaModel model(Table... tables) {
    return new SchemaModel(
        "postgresql", "15", "test", List.of("public"), List.of(tables), null, null);
  }
}
