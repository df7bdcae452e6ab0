package dev.kythera.connectors.mysql;

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
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs against the MariaDB at 127.0.0.1:3306 (root, empty password). */
class MySqlConnectorTest {
  private static final MySqlConnector CONNECTOR = new MySqlConnector();
  private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
  private static final String DATABASE = "kt_conn_" + SUFFIX;
  private static final String MORE = "kt_conn_" + SUFFIX + "_more";
  private static final String ODD = "kt conn " + SUFFIX + "?x";
  private static SchemaModel model;

  static ConnectionDescriptor descriptor(String database) {
    return new ConnectionDescriptor(
        Engine.MYSQL, "127.0.0.1", 3306, database, "root", "", Map.of(), null);
  }

  @BeforeAll
  static void loadFixture() throws SQLException {
    try (Connection admin = CONNECTOR.open(descriptor("mysql"));
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + DATABASE);
    }
    try (Connection connection = CONNECTOR.open(descriptor(DATABASE))) {
      Fixtures.load(Engine.MYSQL, connection);
      try (Statement statement = connection.createStatement()) {
        statement.execute("INSERT INTO tags (label) VALUES ('red'), ('green')");
      }
      model = CONNECTOR.introspect(connection, List.of());
    }
  }

  @AfterAll
  static void dropDatabases() throws SQLException {
    try (Connection admin = CONNECTOR.open(descriptor("mysql"));
        Statement statement = admin.createStatement()) {
      // MORE's tables reference DATABASE's: drop it first
      statement.execute("DROP DATABASE IF EXISTS " + MORE);
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
      statement.execute("DROP DATABASE IF EXISTS `" + ODD + "`");
    }
  }

  private static Table table(String name) {
    return model.table(new QualifiedName(DATABASE, name)).orElseThrow();
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
  void readsEveryTableAndTheViewOfTheCurrentDatabase() {
    assertThat(model.engine()).isEqualTo("mysql");
    assertThat(model.database()).isEqualTo(DATABASE);
    assertThat(model.serverVersion()).startsWith("MariaDB 10.");
    assertThat(model.schemas()).containsExactly(DATABASE);
    assertThat(model.tables().stream().filter(t -> t.kind() == TableKind.TABLE)).hasSize(13);
    Table view = table("customer_orders");
    assertThat(view.kind()).isEqualTo(TableKind.VIEW);
    assertThat(view.viewDefinition()).contains("count(`o`.`id`)");
    assertThat(view.columns()).extracting(Column::name).contains("customer_id", "order_count");
    assertThat(view.rowEstimate()).isEqualTo(-1);
    assertThat(table("orders").rowEstimate()).isGreaterThanOrEqualTo(0);
    assertThat(table("orders").sizeBytes()).isPositive();
    assertThat(table("countries").comment()).isEqualTo("ISO 3166 countries (lookup)");
    assertThat(table("orders").comment()).isNull();
  }

  @Test
  void readsTypesLengthsDefaultsCommentsAutoIncrementAndGeneratedColumns() {
    Column email = column("customers", "email");
    assertThat(email.dataType()).isEqualTo("varchar(254)");
    assertThat(email.category()).isEqualTo(TypeCategory.TEXT);
    assertThat(email.length()).isEqualTo(254);
    assertThat(email.nullable()).isFalse();
    assertThat(email.comment()).isEqualTo("Login and contact address");
    assertThat(column("countries", "code").length()).isEqualTo(2);

    Column price = column("products", "price");
    assertThat(price.dataType()).isEqualTo("decimal(10,2)");
    assertThat(price.category()).isEqualTo(TypeCategory.DECIMAL);
    assertThat(price.precision()).isEqualTo(10);
    assertThat(price.scale()).isEqualTo(2);
    assertThat(price.length()).isNull();

    Column id = column("customers", "id");
    assertThat(id.identity()).isEqualTo(Identity.AUTO_INCREMENT);
    assertThat(id.category()).isEqualTo(TypeCategory.INTEGER);
    assertThat(id.defaultValue()).isNull();
    assertThat(column("order_items", "order_id").identity()).isEqualTo(Identity.NONE);

    Column fullName = column("customers", "full_name");
    assertThat(fullName.generated()).contains("first_name").contains("last_name");
    assertThat(fullName.defaultValue()).isNull();
    assertThat(fullName.filledByDatabase()).isTrue();

    Column status = column("orders", "status");
    assertThat(status.category()).isEqualTo(TypeCategory.ENUM);
    assertThat(status.enumValues()).containsExactly("pending", "paid", "shipped", "cancelled");
    assertThat(status.defaultValue()).isEqualTo("'pending'");
    assertThat(column("shipments", "carrier").defaultValue()).isEqualTo("'post'");
    assertThat(column("products", "active").category()).isEqualTo(TypeCategory.BOOLEAN);
    assertThat(column("products", "active").defaultValue()).isEqualTo("1");
    assertThat(column("customers", "created_at").defaultValue())
        .containsIgnoringCase("current_timestamp");
    assertThat(column("customers", "created_at").category()).isEqualTo(TypeCategory.TIMESTAMP);
    assertThat(column("employees", "hired_on").category()).isEqualTo(TypeCategory.DATE);
    // MariaDB reports "no default" of a nullable column as the text NULL
    assertThat(column("orders", "shipped_at").nullable()).isTrue();
    assertThat(column("orders", "shipped_at").defaultValue()).isNull();
    assertThat(column("audit_log", "actor").defaultValue()).isNull();
    assertThat(column("settings", "value").category()).isEqualTo(TypeCategory.TEXT);
    assertThat(column("settings", "value").length()).isNull();

    Column payload = column("audit_log", "payload");
    assertThat(payload.category()).isEqualTo(TypeCategory.JSON);
    assertThat(payload.dataType()).isEqualTo("json");
  }

  @Test
  void readsKeysCompositeAndSelfReferencingForeignKeysAndTheirActions() {
    assertThat(table("order_items").primaryKey().columns()).containsExactly("order_id", "line_no");
    assertThat(table("order_items").primaryKey().name()).isEqualTo("PRIMARY");
    assertThat(table("settings").primaryKey().columns()).containsExactly("key");

    ForeignKey shipment = foreignKey("shipments", "shipments_order_id_line_no_fkey");
    assertThat(shipment.columns()).containsExactly("order_id", "line_no");
    assertThat(shipment.referencedTable()).isEqualTo(new QualifiedName(DATABASE, "order_items"));
    assertThat(shipment.referencedColumns()).containsExactly("order_id", "line_no");
    assertThat(shipment.onDelete()).isEqualTo(ReferentialAction.CASCADE);

    ForeignKey referrer = foreignKey("customers", "customers_referred_by_fkey");
    assertThat(referrer.referencedTable().name()).isEqualTo("customers");
    assertThat(referrer.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
    // InnoDB's default for an unspecified action
    assertThat(referrer.onUpdate()).isEqualTo(ReferentialAction.RESTRICT);

    assertThat(foreignKey("categories", "categories_parent_id_fkey").referencedTable().name())
        .isEqualTo("categories");
    assertThat(foreignKey("employees", "employees_manager_id_fkey").referencedTable().name())
        .isEqualTo("employees");
    assertThat(foreignKey("order_items", "order_items_order_id_fkey").onDelete())
        .isEqualTo(ReferentialAction.CASCADE);

    ForeignKey manager = foreignKey("departments", "departments_manager_fk");
    assertThat(manager.referencedTable().name()).isEqualTo("employees");
    assertThat(manager.deferrable()).isFalse();
    assertThat(model.foreignKeyCount()).isEqualTo(13);

    assertThat(table("categories").uniqueConstraints())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.name()).isEqualTo("categories_parent_id_name_key");
              assertThat(u.columns()).containsExactly("parent_id", "name");
            });
    assertThat(table("customers").uniqueConstraints())
        .singleElement()
        .satisfies(u -> assertThat(u.name()).isEqualTo("customers_email_key"));
  }

  @Test
  void readsTableChecksAndDropsTheAutomaticJsonCheck() {
    assertThat(table("order_items").checks())
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.name()).isEqualTo("order_items_quantity_check");
              assertThat(check.expression()).contains("quantity").contains("between 1 and 1000");
            });
    assertThat(table("orders").checks())
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.name()).isEqualTo("orders_check");
              assertThat(check.expression()).contains("shipped_at").contains("ordered_at");
            });
    assertThat(table("products").checks())
        .extracting(CheckConstraint::name)
        .containsExactly("products_price_check");
    assertThat(table("employees").checks()).hasSize(1);
    assertThat(table("audit_log").checks()).isEmpty();
  }

  @Test
  void readsIndexesInColumnOrderWithMethodAndUniqueness() {
    Index open = index("orders", "orders_open_idx");
    assertThat(open.columns()).containsExactly("customer_id", "status");
    assertThat(open.unique()).isFalse();
    assertThat(open.primary()).isFalse();
    assertThat(open.predicate()).isNull();
    assertThat(open.method()).isEqualTo("btree");

    Index primary = index("order_items", "PRIMARY");
    assertThat(primary.primary()).isTrue();
    assertThat(primary.unique()).isTrue();
    assertThat(primary.columns()).containsExactly("order_id", "line_no");

    assertThat(index("categories", "categories_parent_id_name_key").columns())
        .containsExactly("parent_id", "name");
    assertThat(index("customers", "customers_email_key").unique()).isTrue();
  }

  @Test
  void readsAutoIncrementCountersAsSequencesAndTheGraphHasTheCycleAndSelfReferences() {
    assertThat(model.sequences())
        .anySatisfy(
            s -> {
              assertThat(s.name()).isEqualTo(new QualifiedName(DATABASE, "tags_id_seq"));
              assertThat(s.ownedBy()).isEqualTo(DATABASE + ".tags.id");
              assertThat(s.dataType()).isEqualTo("int");
              assertThat(s.lastValue()).isEqualTo(2L);
              assertThat(s.maxValue()).isEqualTo(2147483647L);
              assertThat(s.increment()).isEqualTo(1);
            })
        .anySatisfy(
            s -> {
              assertThat(s.ownedBy()).isEqualTo(DATABASE + ".customers.id");
              assertThat(s.lastValue()).isNull();
              assertThat(s.maxValue()).isEqualTo(Long.MAX_VALUE);
            });
    assertThat(model.sequences()).hasSize(9);

    FkGraph graph = FkGraph.of(model);
    assertThat(graph.cycles())
        .contains(
            List.of(
                new QualifiedName(DATABASE, "departments"),
                new QualifiedName(DATABASE, "employees")),
            List.of(new QualifiedName(DATABASE, "categories")));
    List<QualifiedName> order = graph.topologicalOrder();
    assertThat(order.indexOf(new QualifiedName(DATABASE, "orders")))
        .isLessThan(order.indexOf(new QualifiedName(DATABASE, "order_items")));
    assertThat(order.indexOf(new QualifiedName(DATABASE, "order_items")))
        .isLessThan(order.indexOf(new QualifiedName(DATABASE, "shipments")));
  }

  @Test
  void introspectionRunsTheSameFewQueriesWhateverTheNumberOfTables() throws SQLException {
    try (Connection connection = CONNECTOR.open(descriptor(DATABASE))) {
      AtomicInteger small = new AtomicInteger();
      CONNECTOR.introspect(counting(connection, small), List.of());
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + MORE);
        for (int i = 0; i < 40; i++) {
          statement.execute(
              "CREATE TABLE "
                  + MORE
                  + ".extra_"
                  + i
                  + " (id int AUTO_INCREMENT PRIMARY KEY, customer_id bigint,"
                  + " note varchar(90) CHECK (note <> ''), INDEX extra_note_idx (note),"
                  + " CONSTRAINT extra_"
                  + i
                  + "_customer_fkey FOREIGN KEY (customer_id) REFERENCES "
                  + DATABASE
                  + ".customers (id))");
        }
      }
      AtomicInteger large = new AtomicInteger();
      SchemaModel both = CONNECTOR.introspect(counting(connection, large), List.of(DATABASE, MORE));
      assertThat(both.schemas()).containsExactly(DATABASE, MORE);
      assertThat(both.tables()).hasSize(14 + 40);
      Table extra = both.table(new QualifiedName(MORE, "extra_3")).orElseThrow();
      assertThat(extra.foreignKeys())
          .singleElement()
          .satisfies(
              key ->
                  assertThat(key.referencedTable())
                      .isEqualTo(new QualifiedName(DATABASE, "customers")));
      assertThat(extra.checks()).hasSize(1);
      // tables, views, checks, columns, key columns, referential rules, index columns
      assertThat(small.get()).isEqualTo(7);
      assertThat(large.get()).isEqualTo(small.get());
    }
  }

  @Test
  void aSchemaListLimitsWhatIsReadAndOddDatabaseNamesOpen() throws SQLException {
    try (Connection connection = CONNECTOR.open(descriptor(DATABASE))) {
      assertThat(CONNECTOR.introspect(connection, List.of("nope")).tables()).isEmpty();
      assertThat(CONNECTOR.serverVersion(connection)).startsWith("MariaDB ");
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE `" + ODD + "`");
      }
    }
    try (Connection odd = CONNECTOR.open(descriptor(ODD))) {
      assertThat(odd.getCatalog()).isEqualTo(ODD);
    }
  }

  @Test
  void connectionFailuresAreNamedForTheUser() {
    assertThat(failure(withPassword("wrong")).reason())
        .isEqualTo(ConnectionFailure.Reason.AUTHENTICATION);
    assertThat(failure(descriptor("kt_no_such_database")).reason())
        .isEqualTo(ConnectionFailure.Reason.DATABASE_NOT_FOUND);
    assertThat(failure(withHost("127.0.0.1", 1)).reason())
        .isEqualTo(ConnectionFailure.Reason.REFUSED);
    assertThat(failure(withHost("no-such-host.invalid", 3306)).reason())
        .isEqualTo(ConnectionFailure.Reason.UNKNOWN_HOST);
    assertThat(failure(withOptions(Map.of("sslMode", "verify-full"))).reason())
        .isEqualTo(ConnectionFailure.Reason.TLS);
    assertThatThrownBy(() -> CONNECTOR.open(withHost("localhost/x?socketFactory=y", 3306)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CONNECTOR.open(withOptions(Map.of("sslmode", "sometimes"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unsafeOptionsAreDroppedAndSafeOnesPassed() throws SQLException {
    Map<String, String> options =
        Map.of(
            "socketFactory", "com.example.Evil",
            "allowLocalInfile", "true",
            "serverSslCert", "/etc/passwd",
            "sslmode", "disable");
    try (Connection connection = CONNECTOR.open(withOptions(options))) {
      assertThat(connection.isValid(2)).isTrue();
    }
  }

  @Test
  void declaresWhatMySqlSupports() {
    assertThat(CONNECTOR.engine()).isEqualTo(Engine.MYSQL);
    assertThat(CONNECTOR.capabilities().supports(Capability.SCHEMAS)).isFalse();
    assertThat(CONNECTOR.capabilities().supports(Capability.CHECK_CONSTRAINTS)).isTrue();
    assertThat(CONNECTOR.capabilities().supports(Capability.LOAD_DATA_LOCAL)).isTrue();
    assertThat(CONNECTOR.capabilities().supports(Capability.ROW_ESTIMATES)).isTrue();
    assertThat(CONNECTOR.capabilities().supports(Capability.EXPLAIN_JSON)).isTrue();
    assertThat(CONNECTOR.capabilities().supports(Capability.SSH_TUNNEL)).isTrue();
    assertThat(CONNECTOR.capabilities().supports(Capability.DEFERRABLE_CONSTRAINTS)).isFalse();
    assertThat(CONNECTOR.capabilities().supports(Capability.PARTIAL_INDEXES)).isFalse();
    assertThat(CONNECTOR.capabilities().supports(Capability.ENUM_TYPES)).isFalse();
    assertThat(CONNECTOR.capabilities().supports(Capability.TRANSACTIONAL_DDL)).isFalse();
  }

  private static ConnectionDescriptor withHost(String host, int port) {
    return new ConnectionDescriptor(Engine.MYSQL, host, port, DATABASE, "root", "", Map.of(), null);
  }

  private static ConnectionDescriptor withPassword(String password) {
    return new ConnectionDescriptor(
        Engine.MYSQL, "127.0.0.1", 3306, DATABASE, "root", password, Map.of(), null);
  }

  private static ConnectionDescriptor withOptions(Map<String, String> options) {
    return new ConnectionDescriptor(
        Engine.MYSQL, "127.0.0.1", 3306, DATABASE, "root", "", options, null);
  }

  private static ConnectionFailure failure(ConnectionDescriptor descriptor) {
    try (Connection ignored = CONNECTOR.open(descriptor, Duration.ofSeconds(3))) {
      throw new AssertionError("Expected " + descriptor + " to fail");
    } catch (SQLException e) {
      return ConnectionFailure.of(e);
    }
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
