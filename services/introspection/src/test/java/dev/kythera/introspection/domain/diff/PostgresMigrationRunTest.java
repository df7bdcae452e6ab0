package dev.kythera.introspection.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.TestSchemas;
import dev.kythera.introspection.domain.diff.MigrationSql.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs generated migrations on a fresh database of the local PostgreSQL and reads the catalog back.
 */
class PostgresMigrationRunTest {
  private String database;
  private Connection connection;

  @BeforeEach
  void createDatabase() throws SQLException {
    database = LiveDatabases.randomName();
    LiveDatabases.postgresAdmin("CREATE DATABASE " + database);
    connection = LiveDatabases.postgres(database);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    if (connection != null) {
      connection.close();
    }
    LiveDatabases.postgresAdmin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  }

  @Test
  void theShopSchemaIsCreatedFromNothing() throws SQLException {
    MigrationScript script =
        MigrationSql.between(TestSchemas.model(), ShopModel.shop(), Dialect.POSTGRESQL);

    LiveDatabases.run(connection, script.statements());

    assertThat(
            strings(
                "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = 'public' AND relkind IN ('r', 'v') ORDER BY relname"))
        .containsExactly(
            "countries",
            "customer_orders",
            "customers",
            "departments",
            "employees",
            "order_items",
            "orders",
            "shipments");
    assertThat(
            strings(
                "SELECT conname FROM pg_constraint WHERE contype = 'f' AND condeferred ORDER BY conname"))
        .containsExactly("departments_manager_fk");
    assertThat(strings("SELECT indexdef FROM pg_indexes WHERE indexname = 'orders_open_idx'"))
        .singleElement()
        .asString()
        .contains("WHERE (status = ANY (ARRAY['pending'::order_status, 'paid'::order_status]))");
    assertThat(
            strings(
                "SELECT attgenerated::text FROM pg_attribute WHERE attrelid = 'public.customers'::regclass AND attname = 'full_name'"))
        .containsExactly("s");
    assertThat(strings("SELECT col_description('public.customers'::regclass, 2)"))
        .containsExactly("Login and contact address");
    execute("INSERT INTO countries VALUES ('GR', 'Greece')");
    execute(
        "INSERT INTO customers (email, first_name, last_name, country_code) VALUES ('a@b.c', 'Ada', 'L', 'GR')");
    assertThat(strings("SELECT full_name FROM customers")).containsExactly("Ada L");
  }

  @Test
  void theMigrationTurnsBeforeIntoAfter() throws SQLException {
    LiveDatabases.run(
        connection,
        MigrationSql.between(TestSchemas.model(), ShopModel.before(), Dialect.POSTGRESQL)
            .statements());
    execute(
        "INSERT INTO customers (email, name, legacy_code) VALUES ('a@b.c', 'Ada', 'X1'), ('b@c.d', 'Bob', NULL)");
    execute("INSERT INTO orders (customer_id, note) VALUES (1, 'first')");
    execute("INSERT INTO legacy_log (message) VALUES ('old')");

    MigrationScript migration =
        MigrationSql.between(ShopModel.before(), ShopModel.after(), Dialect.POSTGRESQL);
    LiveDatabases.run(connection, migration.statements());

    assertThat(
            strings(
                "SELECT column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length::text, '-') || ' '"
                    + " || is_nullable || ' ' || coalesce(column_default, '-') FROM information_schema.columns"
                    + " WHERE table_schema = 'public' AND table_name = 'customers' ORDER BY ordinal_position"))
        .containsExactly(
            "id bigint - NO -",
            "email character varying 254 NO -",
            "name character varying 60 NO 'anon'::character varying",
            "phone character varying 30 YES -");
    assertThat(
            strings(
                "SELECT data_type FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note'"))
        .containsExactly("text");
    assertThat(
            strings(
                "SELECT coalesce(to_regclass('public.legacy_log')::text, 'gone') || ' ' || to_regclass('public.order_notes')::text"))
        .containsExactly("gone order_notes");
    assertThat(
            strings(
                "SELECT conname || ' ' || confdeltype::text FROM pg_constraint WHERE contype = 'f' ORDER BY conname"))
        .containsExactly("order_notes_order_id_fkey c", "orders_customer_id_fkey c");
    assertThat(
            strings(
                "SELECT conname FROM pg_constraint WHERE contype = 'c' AND conrelid <> 0 ORDER BY conname"))
        .containsExactly("customers_email_check");
    assertThat(
            strings(
                "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE '%idx' ORDER BY indexname"))
        .containsExactly("order_notes_order_id_idx", "orders_status_idx");
    assertThat(
            strings(
                "SELECT pg_get_expr(indpred, indrelid) FROM pg_index WHERE indexrelid = 'public.orders_status_idx'::regclass"))
        .containsExactly("(status <> 'paid'::order_status)");
    assertThat(strings("SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum"))
        .containsExactly("pending,paid,shipped");
    assertThat(
            strings(
                "SELECT email || ' ' || name || ' ' || coalesce(phone, '-') FROM customers ORDER BY id"))
        .containsExactly("a@b.c Ada -", "b@c.d Bob -");
    execute("INSERT INTO order_notes (order_id, body) VALUES (1, 'hello')");
    execute("UPDATE orders SET status = 'shipped'");
    execute("DELETE FROM customers WHERE id = 1");
    assertThat(strings("SELECT count(*)::text FROM order_notes")).containsExactly("0");
  }

  @Test
  void theReverseMigrationRestoresBefore() throws SQLException {
    LiveDatabases.run(
        connection,
        MigrationSql.between(TestSchemas.model(), ShopModel.after(), Dialect.POSTGRESQL)
            .statements());

    MigrationScript back =
        MigrationSql.between(ShopModel.after(), ShopModel.before(), Dialect.POSTGRESQL);
    LiveDatabases.run(connection, back.statements());

    assertThat(
            strings(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                    + " AND table_name = 'customers' ORDER BY column_name"))
        .containsExactly("email", "id", "legacy_code", "name");
    assertThat(
            strings("SELECT relname FROM pg_class WHERE relname IN ('legacy_log', 'order_notes')"))
        .containsExactly("legacy_log");
    assertThat(back.warnings()).anyMatch(w -> w.contains("order_status"));
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
