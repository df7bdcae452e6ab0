package dev.kythera.introspection.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.TestSchemas;
import dev.kythera.introspection.domain.diff.MigrationSql.Dialect;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the MySQL-dialect migration on a fresh database of the local MariaDB through the mysql
 * client (installed with MariaDB on every machine of this kind); without it the test fails.
 */
class MariaDbMigrationRunTest {
  private String database;

  @BeforeEach
  void createDatabase() throws Exception {
    database = LiveDatabases.randomName();
    LiveDatabases.mysql(null, "CREATE DATABASE " + database + ";");
  }

  @AfterEach
  void dropDatabase() throws Exception {
    if (database != null) {
      LiveDatabases.mysql(null, "DROP DATABASE IF EXISTS " + database + ";");
    }
  }

  @Test
  void theMigrationTurnsBeforeIntoAfter() throws Exception {
    LiveDatabases.mysql(
        database,
        MigrationSql.between(TestSchemas.model(), ShopModel.before(), Dialect.MYSQL).script());
    LiveDatabases.mysql(
        database,
        "INSERT INTO customers (email, name, legacy_code) VALUES ('a@b.c', 'Ada', 'X1');"
            + " INSERT INTO orders (customer_id, note) VALUES (1, 'first');");

    MigrationScript migration =
        MigrationSql.between(ShopModel.before(), ShopModel.after(), Dialect.MYSQL);
    LiveDatabases.mysql(database, migration.script());

    assertThat(
            query(
                "SELECT CONCAT_WS(' ', COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, IFNULL(NULLIF(COLUMN_DEFAULT, 'NULL'), '-'))"
                    + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'customers'"
                    + " ORDER BY ORDINAL_POSITION"))
        .containsExactly(
            "id bigint(20) NO -",
            "email varchar(254) NO -",
            "name varchar(60) NO 'anon'",
            "phone varchar(30) YES -");
    assertThat(
            query(
                "SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME = 'orders' AND COLUMN_NAME = 'status'"))
        .containsExactly("enum('pending','paid','shipped')");
    assertThat(
            query(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME"))
        .containsExactlyInAnyOrder("customers", "order_notes", "orders");
    assertThat(
            query(
                "SELECT CONCAT(CONSTRAINT_NAME, ' ', DELETE_RULE) FROM information_schema.REFERENTIAL_CONSTRAINTS"
                    + " WHERE CONSTRAINT_SCHEMA = DATABASE() ORDER BY CONSTRAINT_NAME"))
        .containsExactlyInAnyOrder(
            "order_notes_order_id_fkey CASCADE", "orders_customer_id_fkey CASCADE");
    assertThat(
            query(
                "SELECT DISTINCT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND INDEX_NAME LIKE '%idx' ORDER BY INDEX_NAME"))
        .containsExactlyInAnyOrder("order_notes_order_id_idx", "orders_status_idx");
    assertThat(
            query(
                "SELECT CONSTRAINT_NAME FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"))
        .containsExactly("customers_email_check");
    assertThat(query("SELECT CONCAT(email, ' ', name) FROM customers"))
        .containsExactly("a@b.c Ada");
  }

  private List<String> query(String sql) throws Exception {
    return LiveDatabases.mysql(database, sql + ";");
  }
}
