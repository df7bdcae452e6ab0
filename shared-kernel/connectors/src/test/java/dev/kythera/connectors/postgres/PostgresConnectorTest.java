package dev.kythera.connectors.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.connectors.ConnectionFailure;
import dev.kythera.connectors.Engine;
import dev.kythera.connectors.Fixtures;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.ReferentialAction;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.TableKind;
import dev.kythera.kernel.schema.TypeCategory;
import dev.kythera.kernel.schema.graph.FkGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresConnectorTest {
  private static final PostgresConnector CONNECTOR = new PostgresConnector();
  private static final String DATABASE = "kt_conn_" + UUID.randomUUID().toString().substring(0, 8);
  private static SchemaModel model;

  static ConnectionDescriptor descriptor(String database) {
    return new ConnectionDescriptor(
        Engine.POSTGRESQL, "127.0.0.1", 5432, database, "postgres", "", Map.of(), null);
  }

  @BeforeAll
  static void loadFixture() throws SQLException {
    try (Connection admin = CONNECTOR.open(descriptor("postgres"));
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + DATABASE);
    }
    try (Connection connection = CONNECTOR.open(descriptor(DATABASE))) {
      Fixtures.load(Engine.POSTGRESQL, connection);
      model = CONNECTOR.introspect(connection, List.of());
    }
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    try (Connection admin = CONNECTOR.open(descriptor("postgres"));
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }
  }

  private static Table table(String name) {
    return model.table(new QualifiedName("public", name)).orElseThrow();
  }

  private static Column column(String table, String column) {
    return table(table).column(column).orElseThrow();
  }

  @Test
  void readsEveryTableAndTheView() {
    assertThat(model.engine()).isEqualTo("postgresql");
    assertThat(model.database()).isEqualTo(DATABASE);
    assertThat(model.schemas()).containsExactly("public");
    assertThat(model.tables().stream().filter(t -> t.kind() == TableKind.TABLE)).hasSize(13);
    Table view = table("customer_orders");
    assertThat(view.kind()).isEqualTo(TableKind.VIEW);
    assertThat(view.viewDefinition()).contains("count(o.id)");
    assertThat(view.columns()).extracting(Column::name).contains("customer_id", "order_count");
  }

  @Test
  void readsColumnTypesLengthsDefaultsIdentityAndGeneratedColumns() {
    Column email = column("customers", "email");
    assertThat(email.category()).isEqualTo(TypeCategory.TEXT);
    assertThat(email.length()).isEqualTo(254);
    assertThat(email.nullable()).isFalse();
    assertThat(email.comment()).isEqualTo("Login and contact address");

    Column price = column("products", "price");
    assertThat(price.category()).isEqualTo(TypeCategory.DECIMAL);
    assertThat(price.precision()).isEqualTo(10);
    assertThat(price.scale()).isEqualTo(2);

    assertThat(column("customers", "id").identity()).isEqualTo(Identity.BY_DEFAULT);
    assertThat(column("orders", "id").identity()).isEqualTo(Identity.ALWAYS);
    assertThat(column("products", "id").identity()).isEqualTo(Identity.AUTO_INCREMENT);
    assertThat(column("customers", "full_name").generated()).contains("first_name");
    assertThat(column("customers", "full_name").filledByDatabase()).isTrue();
    assertThat(column("products", "active").defaultValue()).isEqualTo("true");
    assertThat(column("orders", "status").category()).isEqualTo(TypeCategory.ENUM);
    assertThat(column("orders", "status").enumValues())
        .containsExactly("pending", "paid", "shipped", "cancelled");
    assertThat(column("audit_log", "payload").category()).isEqualTo(TypeCategory.JSON);
    assertThat(column("countries", "code").length()).isEqualTo(2);
    assertThat(table("countries").comment()).isEqualTo("ISO 3166 countries (lookup)");
  }

  @Test
  void readsKeysCompositeAndSelfReferencingForeignKeysAndTheirActions() {
    assertThat(table("order_items").primaryKey().columns()).containsExactly("order_id", "line_no");

    ForeignKey shipment = table("shipments").foreignKeys().get(0);
    assertThat(shipment.columns()).containsExactly("order_id", "line_no");
    assertThat(shipment.referencedTable()).isEqualTo(new QualifiedName("public", "order_items"));
    assertThat(shipment.referencedColumns()).containsExactly("order_id", "line_no");
    assertThat(shipment.onDelete()).isEqualTo(ReferentialAction.CASCADE);

    ForeignKey referrer =
        table("customers").foreignKeys().stream()
            .filter(fk -> fk.columns().equals(List.of("referred_by")))
            .findFirst()
            .orElseThrow();
    assertThat(referrer.referencedTable().name()).isEqualTo("customers");
    assertThat(referrer.onDelete()).isEqualTo(ReferentialAction.SET_NULL);

    ForeignKey manager = table("departments").foreignKeys().get(0);
    assertThat(manager.name()).isEqualTo("departments_manager_fk");
    assertThat(manager.deferrable()).isTrue();
    assertThat(manager.initiallyDeferred()).isTrue();

    assertThat(table("categories").uniqueConstraints())
        .anySatisfy(u -> assertThat(u.columns()).containsExactly("parent_id", "name"));
  }

  @Test
  void readsChecksAndIndexesWithPredicatesExpressionsAndMethods() {
    assertThat(table("order_items").checks())
        .singleElement()
        .satisfies(check -> assertThat(check.expression()).contains("quantity >= 1"));
    assertThat(table("orders").checks())
        .singleElement()
        .satisfies(check -> assertThat(check.expression()).contains("shipped_at >= ordered_at"));

    Index open = index("orders", "orders_open_idx");
    assertThat(open.columns()).containsExactly("customer_id");
    assertThat(open.predicate()).contains("pending").contains("paid");
    assertThat(open.method()).isEqualTo("btree");
    assertThat(open.unique()).isFalse();

    assertThat(index("customers", "customers_lower_email_idx").columns())
        .containsExactly("lower(email::text)");
    assertThat(index("order_items", "order_items_pkey").primary()).isTrue();
    assertThat(index("order_items", "order_items_pkey").columns())
        .containsExactly("order_id", "line_no");
  }

  @Test
  void readsEnumsSequencesAndTheGraphHasTheCycleAndSelfReferences() {
    assertThat(model.enums())
        .singleElement()
        .satisfies(e -> assertThat(e.name().name()).isEqualTo("order_status"));
    assertThat(model.sequences())
        .anySatisfy(s -> assertThat(s.ownedBy()).isEqualTo("public.products.id"));

    FkGraph graph = FkGraph.of(model);
    assertThat(graph.cycles())
        .contains(
            List.of(
                new QualifiedName("public", "departments"),
                new QualifiedName("public", "employees")),
            List.of(new QualifiedName("public", "categories")));
    List<QualifiedName> order = graph.topologicalOrder();
    assertThat(order.indexOf(new QualifiedName("public", "orders")))
        .isLessThan(order.indexOf(new QualifiedName("public", "order_items")));
    assertThat(order.indexOf(new QualifiedName("public", "order_items")))
        .isLessThan(order.indexOf(new QualifiedName("public", "shipments")));
  }

  @Test
  void aSchemaListLimitsWhatIsRead() throws SQLException {
    try (Connection connection = CONNECTOR.open(descriptor(DATABASE))) {
      assertThat(CONNECTOR.introspect(connection, List.of("nope")).tables()).isEmpty();
      assertThat(CONNECTOR.serverVersion(connection)).startsWith("PostgreSQL ");
    }
  }

  @Test
  void foreignKeysIntoSchemasThatWereNotReadStillNameTheirColumns() throws SQLException {
    try (Connection connection = CONNECTOR.open(descriptor(DATABASE));
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA kt_ref");
      statement.execute("CREATE SCHEMA kt_app");
      statement.execute(
          "CREATE TABLE kt_ref.codes (region text, code text, PRIMARY KEY (region, code))");
      statement.execute(
          "CREATE TABLE kt_app.items (id int PRIMARY KEY, r text, c text,"
              + " FOREIGN KEY (r, c) REFERENCES kt_ref.codes (region, code))");
      try {
        SchemaModel app = CONNECTOR.introspect(connection, List.of("kt_app"));
        assertThat(app.tables()).singleElement();
        ForeignKey key = app.tables().get(0).foreignKeys().get(0);
        assertThat(key.referencedTable()).isEqualTo(new QualifiedName("kt_ref", "codes"));
        assertThat(key.columns()).containsExactly("r", "c");
        assertThat(key.referencedColumns()).containsExactly("region", "code");
      } finally {
        statement.execute("DROP SCHEMA kt_app CASCADE");
        statement.execute("DROP SCHEMA kt_ref CASCADE");
      }
    }
  }

  @Test
  void connectionFailuresAreNamedForTheUser() {
    assertThat(failure(descriptor("kt_no_such_database")).reason())
        .isEqualTo(ConnectionFailure.Reason.DATABASE_NOT_FOUND);
    assertThat(failure(withHost("127.0.0.1", 1)).reason())
        .isEqualTo(ConnectionFailure.Reason.REFUSED);
    assertThat(failure(withHost("no-such-host.invalid", 5432)).reason())
        .isEqualTo(ConnectionFailure.Reason.UNKNOWN_HOST);
    assertThat(failure(withOptions(Map.of("sslmode", "require"))).reason())
        .isEqualTo(ConnectionFailure.Reason.TLS);
    assertThatThrownBy(() -> CONNECTOR.open(withHost("localhost/x?socketFactory=y", 5432)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ConnectionDescriptor withHost(String host, int port) {
    return new ConnectionDescriptor(
        Engine.POSTGRESQL, host, port, DATABASE, "postgres", "", Map.of(), null);
  }

  private static ConnectionDescriptor withOptions(Map<String, String> options) {
    return new ConnectionDescriptor(
        Engine.POSTGRESQL, "127.0.0.1", 5432, DATABASE, "postgres", "", options, null);
  }

  private static ConnectionFailure failure(ConnectionDescriptor descriptor) {
    try (Connection ignored = CONNECTOR.open(descriptor, Duration.ofSeconds(3))) {
      throw new AssertionError("Expected " + descriptor + " to fail");
    } catch (SQLException e) {
      return ConnectionFailure.of(e);
    }
  }

  private static Index index(String table, String name) {
    return table(table).indexes().stream()
        .filter(index -> index.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
