package dev.kythera.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.connectors.Capability;
import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.connectors.ConnectionFailure;
import dev.kythera.connectors.Engine;
import dev.kythera.connectors.Fixtures;
import dev.kythera.kernel.schema.CheckConstraint;
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
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteConnectorTest {
  private static final SqliteConnector CONNECTOR = new SqliteConnector();

  @TempDir static Path directory;
  private static Path file;
  private static SchemaModel model;

  static ConnectionDescriptor descriptor(Path path) {
    return new ConnectionDescriptor(
        Engine.SQLITE, null, 0, path.toString(), null, null, Map.of(), null);
  }

  @BeforeAll
  static void loadFixture() throws Exception {
    file = Files.createFile(directory.resolve("shop.db"));
    try (Connection connection = CONNECTOR.open(descriptor(file))) {
      Fixtures.load(Engine.SQLITE, connection);
      try (Statement statement = connection.createStatement()) {
        statement.execute("INSERT INTO tags (label) VALUES ('red'), ('green')");
      }
      model = CONNECTOR.introspect(connection, List.of());
    }
  }

  private static Table table(String name) {
    return model.table(new QualifiedName("main", name)).orElseThrow();
  }

  private static Column column(String table, String column) {
    return table(table).column(column).orElseThrow();
  }

  private static Index index(String table, String name) {
    return table(table).indexes().stream()
        .filter(index -> index.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static ForeignKey foreignKey(String table, String name) {
    return table(table).foreignKeys().stream()
        .filter(key -> key.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void readsEveryTableAndTheView() {
    assertThat(model.engine()).isEqualTo("sqlite");
    assertThat(model.database()).isEqualTo("shop.db");
    assertThat(model.serverVersion()).startsWith("SQLite 3.");
    assertThat(model.schemas()).containsExactly("main");
    assertThat(model.tables().stream().filter(t -> t.kind() == TableKind.TABLE)).hasSize(13);
    assertThat(model.tables()).extracting(t -> t.name().name()).doesNotContain("sqlite_sequence");
    Table view = table("customer_orders");
    assertThat(view.kind()).isEqualTo(TableKind.VIEW);
    assertThat(view.viewDefinition()).startsWith("SELECT").contains("count(o.id)");
    assertThat(view.columns()).extracting(Column::name).contains("customer_id", "order_count");
    assertThat(table("orders").rowEstimate()).isEqualTo(-1);
  }

  @Test
  void readsTypesLengthsDefaultsAutoIncrementAndGeneratedColumns() {
    Column email = column("customers", "email");
    assertThat(email.dataType()).isEqualTo("varchar(254)");
    assertThat(email.category()).isEqualTo(TypeCategory.TEXT);
    assertThat(email.length()).isEqualTo(254);
    assertThat(email.nullable()).isFalse();
    assertThat(column("countries", "code").length()).isEqualTo(2);

    Column price = column("products", "price");
    assertThat(price.category()).isEqualTo(TypeCategory.DECIMAL);
    assertThat(price.precision()).isEqualTo(10);
    assertThat(price.scale()).isEqualTo(2);

    Column id = column("customers", "id");
    assertThat(id.identity()).isEqualTo(Identity.AUTO_INCREMENT);
    assertThat(id.nullable()).isFalse();
    assertThat(id.category()).isEqualTo(TypeCategory.INTEGER);
    assertThat(column("product_tags", "product_id").identity()).isEqualTo(Identity.NONE);

    Column fullName = column("customers", "full_name");
    assertThat(fullName.generated()).isEqualTo("first_name || ' ' || last_name");
    assertThat(fullName.defaultValue()).isNull();
    assertThat(fullName.filledByDatabase()).isTrue();

    assertThat(column("orders", "status").defaultValue()).isEqualTo("'pending'");
    assertThat(column("shipments", "carrier").defaultValue()).isEqualTo("'post'");
    assertThat(column("products", "active").defaultValue()).isEqualTo("true");
    assertThat(column("products", "active").category()).isEqualTo(TypeCategory.BOOLEAN);
    assertThat(column("customers", "created_at").defaultValue()).isEqualTo("CURRENT_TIMESTAMP");
    assertThat(column("customers", "created_at").category()).isEqualTo(TypeCategory.TIMESTAMP);
    assertThat(column("employees", "hired_on").category()).isEqualTo(TypeCategory.DATE);
    assertThat(column("audit_log", "payload").category()).isEqualTo(TypeCategory.JSON);
    assertThat(column("audit_log", "actor").nullable()).isTrue();
    assertThat(column("audit_log", "actor").defaultValue()).isNull();
    assertThat(column("settings", "value").category()).isEqualTo(TypeCategory.TEXT);
    // no enum type on SQLite: a CHECK stands in for it
    assertThat(column("orders", "status").enumValues()).isEmpty();
  }

  @Test
  void readsKeysCompositeAndSelfReferencingForeignKeysAndTheirActions() {
    assertThat(table("order_items").primaryKey().columns()).containsExactly("order_id", "line_no");
    assertThat(table("order_items").primaryKey().name()).isEqualTo("order_items_pkey");
    assertThat(table("customers").primaryKey().columns()).containsExactly("id");

    ForeignKey shipment = foreignKey("shipments", "shipments_order_id_line_no_fkey");
    assertThat(shipment.columns()).containsExactly("order_id", "line_no");
    assertThat(shipment.referencedTable()).isEqualTo(new QualifiedName("main", "order_items"));
    assertThat(shipment.referencedColumns()).containsExactly("order_id", "line_no");
    assertThat(shipment.onDelete()).isEqualTo(ReferentialAction.CASCADE);
    assertThat(shipment.deferrable()).isFalse();

    ForeignKey referrer = foreignKey("customers", "customers_referred_by_fkey");
    assertThat(referrer.columns()).containsExactly("referred_by");
    assertThat(referrer.referencedTable().name()).isEqualTo("customers");
    assertThat(referrer.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
    assertThat(referrer.onUpdate()).isEqualTo(ReferentialAction.NO_ACTION);

    assertThat(foreignKey("categories", "categories_parent_id_fkey").referencedTable().name())
        .isEqualTo("categories");
    assertThat(foreignKey("employees", "employees_manager_id_fkey").referencedTable().name())
        .isEqualTo("employees");
    assertThat(foreignKey("product_tags", "product_tags_tag_id_fkey").onDelete())
        .isEqualTo(ReferentialAction.CASCADE);

    ForeignKey manager = foreignKey("departments", "departments_manager_fk");
    assertThat(manager.referencedTable().name()).isEqualTo("employees");
    assertThat(manager.deferrable()).isTrue();
    assertThat(manager.initiallyDeferred()).isTrue();
    assertThat(model.foreignKeyCount()).isEqualTo(13);

    assertThat(table("categories").uniqueConstraints())
        .anySatisfy(
            u -> {
              assertThat(u.name()).isEqualTo("categories_parent_id_name_key");
              assertThat(u.columns()).containsExactly("parent_id", "name");
            });
    assertThat(table("customers").uniqueConstraints())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.name()).isEqualTo("customers_email_key");
              assertThat(u.columns()).containsExactly("email");
            });
  }

  @Test
  void readsChecksFromTheDdl() {
    assertThat(table("order_items").checks())
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.name()).isEqualTo("order_items_quantity_check");
              assertThat(check.expression()).isEqualTo("quantity BETWEEN 1 AND 1000");
            });
    assertThat(table("orders").checks())
        .extracting(CheckConstraint::name)
        .containsExactly("orders_check", "orders_status_check");
    assertThat(table("orders").checks().get(0).expression())
        .isEqualTo("shipped_at IS NULL OR shipped_at >= ordered_at");
    assertThat(table("orders").checks().get(1).expression())
        .contains("'pending', 'paid', 'shipped', 'cancelled'");
    assertThat(table("products").checks())
        .singleElement()
        .satisfies(check -> assertThat(check.expression()).isEqualTo("price >= 0"));
    assertThat(table("employees").checks()).hasSize(1);
  }

  @Test
  void readsIndexesWithPredicatesExpressionsAndTheOnesBehindConstraints() {
    Index open = index("orders", "orders_open_idx");
    assertThat(open.columns()).containsExactly("customer_id");
    assertThat(open.predicate()).isEqualTo("status IN ('pending', 'paid')");
    assertThat(open.unique()).isFalse();
    assertThat(open.primary()).isFalse();
    assertThat(open.method()).isEqualTo("btree");

    Index lowerEmail = index("customers", "customers_lower_email_idx");
    assertThat(lowerEmail.columns()).containsExactly("lower(email)");
    assertThat(lowerEmail.predicate()).isNull();

    Index primary = index("order_items", "sqlite_autoindex_order_items_1");
    assertThat(primary.primary()).isTrue();
    assertThat(primary.unique()).isTrue();
    assertThat(primary.columns()).containsExactly("order_id", "line_no");

    assertThat(table("categories").indexes())
        .anySatisfy(
            index -> {
              assertThat(index.unique()).isTrue();
              assertThat(index.primary()).isFalse();
              assertThat(index.columns()).containsExactly("parent_id", "name");
            });
  }

  @Test
  void readsAutoincrementSequencesAndTheGraphHasTheCycleAndSelfReferences() {
    assertThat(model.sequences())
        .anySatisfy(
            s -> {
              assertThat(s.name()).isEqualTo(new QualifiedName("main", "tags_id_seq"));
              assertThat(s.ownedBy()).isEqualTo("main.tags.id");
              assertThat(s.lastValue()).isEqualTo(2L);
            })
        .anySatisfy(
            s -> {
              assertThat(s.ownedBy()).isEqualTo("main.customers.id");
              assertThat(s.lastValue()).isNull();
            });

    FkGraph graph = FkGraph.of(model);
    assertThat(graph.cycles())
        .contains(
            List.of(
                new QualifiedName("main", "departments"), new QualifiedName("main", "employees")),
            List.of(new QualifiedName("main", "categories")));
    List<QualifiedName> order = graph.topologicalOrder();
    assertThat(order.indexOf(new QualifiedName("main", "orders")))
        .isLessThan(order.indexOf(new QualifiedName("main", "order_items")));
    assertThat(order.indexOf(new QualifiedName("main", "order_items")))
        .isLessThan(order.indexOf(new QualifiedName("main", "shipments")));
  }

  @Test
  void introspectionRunsTheSameFewQueriesWhateverTheNumberOfTables() throws Exception {
    Path bigger = directory.resolve("bigger.db");
    Files.copy(file, bigger);
    try (Connection connection = CONNECTOR.open(descriptor(bigger))) {
      AtomicInteger small = new AtomicInteger();
      SchemaModel before = CONNECTOR.introspect(counting(connection, small), List.of());
      try (Statement statement = connection.createStatement()) {
        for (int i = 0; i < 40; i++) {
          statement.execute(
              "CREATE TABLE extra_"
                  + i
                  + " (id INTEGER PRIMARY KEY, customer_id bigint REFERENCES customers (id),"
                  + " note text CHECK (length(note) < 100))");
          statement.execute("CREATE INDEX extra_" + i + "_note_idx ON extra_" + i + " (note)");
        }
      }
      AtomicInteger large = new AtomicInteger();
      SchemaModel after = CONNECTOR.introspect(counting(connection, large), List.of());
      assertThat(after.tables()).hasSize(before.tables().size() + 40);
      assertThat(after.table(new QualifiedName("main", "extra_7")).orElseThrow().checks())
          .singleElement()
          .satisfies(check -> assertThat(check.name()).isEqualTo("extra_7_note_check"));
      // objects, table columns, view columns, foreign keys, index columns, sqlite_sequence
      assertThat(small.get()).isEqualTo(6);
      assertThat(large.get()).isEqualTo(small.get());
    }
  }

  @Test
  void aBrokenViewDoesNotStopIntrospection() throws Exception {
    Path broken = Files.createFile(directory.resolve("broken.db"));
    try (Connection connection = CONNECTOR.open(descriptor(broken));
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE a (x integer)");
      statement.execute("CREATE TABLE b (y integer)");
      statement.execute("CREATE VIEW gone AS SELECT x FROM a");
      statement.execute("CREATE VIEW fine AS SELECT y FROM b");
      statement.execute("DROP TABLE a");
      SchemaModel read = CONNECTOR.introspect(connection, List.of());
      assertThat(read.table(new QualifiedName("main", "fine")).orElseThrow().columns())
          .extracting(Column::name)
          .containsExactly("y");
      assertThat(read.table(new QualifiedName("main", "gone")).orElseThrow().columns()).isEmpty();
    }
  }

  @Test
  void unnamedConstraintsGetPostgresNamesAndBareReferencesPointAtThePrimaryKey() throws Exception {
    Path plain = Files.createFile(directory.resolve("plain.db"));
    try (Connection connection = CONNECTOR.open(descriptor(plain));
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE Parent (id INTEGER PRIMARY KEY, code text UNIQUE)");
      statement.execute(
          "CREATE TABLE child (p integer REFERENCES parent, q int CHECK (q > 0), CHECK (q < 9))");
      Table child =
          CONNECTOR
              .introspect(connection, List.of())
              .table(new QualifiedName("main", "child"))
              .orElseThrow();
      assertThat(child.foreignKeys())
          .singleElement()
          .satisfies(
              key -> {
                assertThat(key.name()).isEqualTo("child_p_fkey");
                assertThat(key.referencedTable()).isEqualTo(new QualifiedName("main", "Parent"));
                assertThat(key.referencedColumns()).containsExactly("id");
              });
      assertThat(child.checks())
          .extracting(CheckConstraint::name)
          .containsExactly("child_check", "child_q_check");
      assertThat(child.primaryKey()).isNull();
    }
  }

  @Test
  void opensWithForeignKeysOnAndReadsOnlyMain() throws SQLException {
    try (Connection connection = CONNECTOR.open(descriptor(file));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA foreign_keys")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
      assertThat(CONNECTOR.introspect(connection, List.of("nope")).tables()).isEmpty();
      assertThat(CONNECTOR.introspect(connection, List.of("main")).tables()).hasSize(14);
    }
  }

  @Test
  void aMissingFileIsNotFoundAndNotCreated() {
    Path missing = directory.resolve("missing.db");
    try (Connection ignored = CONNECTOR.open(descriptor(missing), Duration.ofSeconds(1))) {
      throw new AssertionError("Expected " + missing + " not to open");
    } catch (SQLException e) {
      assertThat(ConnectionFailure.of(e).reason())
          .isEqualTo(ConnectionFailure.Reason.DATABASE_NOT_FOUND);
    }
    assertThat(missing).doesNotExist();
    assertThatThrownBy(() -> CONNECTOR.open(descriptor(Path.of(":memory:"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                CONNECTOR.open(
                    new ConnectionDescriptor(
                        Engine.SQLITE,
                        null,
                        0,
                        file + "?journal_mode=off",
                        null,
                        null,
                        null,
                        null)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void declaresWhatSqliteSupports() {
    assertThat(CONNECTOR.engine()).isEqualTo(Engine.SQLITE);
    assertThat(CONNECTOR.capabilities().supports(Capability.PARTIAL_INDEXES)).isTrue();
    assertThat(CONNECTOR.capabilities().supports(Capability.DEFERRABLE_CONSTRAINTS)).isTrue();
    assertThat(CONNECTOR.capabilities().supports(Capability.TRANSACTIONAL_DDL)).isTrue();
    assertThat(CONNECTOR.capabilities().supports(Capability.CHECK_CONSTRAINTS)).isTrue();
    assertThat(CONNECTOR.capabilities().supports(Capability.SSH_TUNNEL)).isFalse();
    assertThat(CONNECTOR.capabilities().supports(Capability.ROW_ESTIMATES)).isFalse();
    assertThat(CONNECTOR.capabilities().supports(Capability.SCHEMAS)).isFalse();
  }

  /** The connection, counting the statements prepared or created through it. */
  static Connection counting(Connection connection, AtomicInteger statements) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, arguments) -> {
              if (method.getName().startsWith("prepare")
                  || method.getName().equals("createStatement")) {
                statements.incrementAndGet();
              }
              try {
                return method.invoke(connection, arguments);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
