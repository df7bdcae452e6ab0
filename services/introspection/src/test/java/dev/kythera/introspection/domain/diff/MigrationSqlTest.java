package dev.kythera.introspection.domain.diff;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.diff.MigrationSql.Dialect;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.TypeCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationSqlTest {
  private static final SchemaModel EMPTY = model();

  private static int indexOf(List<String> statements, String fragment) {
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).contains(fragment)) {
        return i;
      }
    }
    throw new AssertionError("no statement contains " + fragment + " in " + statements);
  }

  @Test
  void noChangesGiveAnEmptyScript() {
    MigrationScript script =
        MigrationSql.between(ShopModel.shop(), ShopModel.shop(), Dialect.POSTGRESQL);

    assertThat(script.isEmpty()).isTrue();
    assertThat(script.script()).contains("-- no changes");
  }

  @Test
  void postgresCreatesTypesThenTablesThenIndexesAndForeignKeysLast() {
    List<String> sql =
        MigrationSql.between(EMPTY, ShopModel.shop(), Dialect.POSTGRESQL).statements();

    int type =
        indexOf(
            sql,
            "CREATE TYPE \"public\".\"order_status\" AS ENUM ('pending', 'paid', 'shipped', 'cancelled')");
    int orders = indexOf(sql, "CREATE TABLE \"public\".\"orders\"");
    int customers = indexOf(sql, "CREATE TABLE \"public\".\"customers\"");
    int index = indexOf(sql, "CREATE INDEX \"orders_open_idx\"");
    int firstForeignKey = indexOf(sql, "FOREIGN KEY");
    int view = indexOf(sql, "CREATE VIEW \"public\".\"customer_orders\"");

    assertThat(type).isLessThan(orders);
    assertThat(Math.max(orders, customers)).isLessThan(index);
    assertThat(index).isLessThan(firstForeignKey);
    assertThat(firstForeignKey).isLessThan(view);
    assertThat(sql.stream().filter(s -> s.startsWith("CREATE TABLE")).toList())
        .noneMatch(s -> s.contains("FOREIGN KEY"));
    assertThat(sql.get(orders))
        .contains("\"id\" bigint GENERATED ALWAYS AS IDENTITY NOT NULL")
        .contains("\"status\" order_status NOT NULL DEFAULT 'pending'::order_status")
        .contains(
            "CONSTRAINT \"orders_check\" CHECK (((shipped_at IS NULL) OR (shipped_at >= ordered_at)))");
    assertThat(sql)
        .contains(
            "CREATE SEQUENCE \"public\".\"invoice_no\" AS bigint INCREMENT BY 1 MAXVALUE 9999999");
    assertThat(sql).noneMatch(s -> s.contains("shipments_id_seq"));
    assertThat(sql.get(indexOf(sql, "CREATE TABLE \"public\".\"shipments\"")))
        .contains("\"id\" serial NOT NULL");
    assertThat(sql.get(index))
        .endsWith(
            "(\"customer_id\") WHERE (status = ANY (ARRAY['pending'::order_status, 'paid'::order_status]))");
    assertThat(sql)
        .contains(
            "CREATE INDEX \"customers_lower_email_idx\" ON \"public\".\"customers\" ((lower((email)::text)))");
    assertThat(sql)
        .contains(
            "ALTER TABLE \"public\".\"departments\" ADD CONSTRAINT \"departments_manager_fk\" FOREIGN KEY (\"manager_id\")"
                + " REFERENCES \"public\".\"employees\" (\"id\") DEFERRABLE INITIALLY DEFERRED",
            "COMMENT ON COLUMN \"public\".\"customers\".\"email\" IS 'Login and contact address'");
    assertThat(sql).noneMatch(s -> s.contains("countries_name_key\" ON"));
  }

  @Test
  void postgresDropsComeFirstInReverseDependencyOrder() {
    MigrationScript script =
        MigrationSql.between(ShopModel.before(), ShopModel.after(), Dialect.POSTGRESQL);
    List<String> sql = script.statements();

    assertThat(script.destructiveCount()).isEqualTo(4);
    assertThat(sql.subList(0, 4))
        .containsExactly(
            "ALTER TABLE \"public\".\"orders\" DROP CONSTRAINT \"orders_customer_id_fkey\"",
            "DROP INDEX \"public\".\"orders_note_idx\"",
            "ALTER TABLE \"public\".\"customers\" DROP COLUMN \"legacy_code\"",
            "DROP TABLE \"public\".\"legacy_log\"");
    assertThat(script.script()).contains("-- destructive");
    assertThat(script.script().indexOf("-- destructive"))
        .isLessThan(script.script().indexOf("DROP TABLE"));
    assertThat(sql)
        .contains(
            "ALTER TYPE \"public\".\"order_status\" ADD VALUE 'shipped' AFTER 'paid'",
            "ALTER TABLE \"public\".\"customers\" ALTER COLUMN \"email\" TYPE character varying(254)"
                + " USING \"email\"::character varying(254)",
            "ALTER TABLE \"public\".\"customers\" ALTER COLUMN \"name\" SET NOT NULL",
            "ALTER TABLE \"public\".\"customers\" ALTER COLUMN \"name\" SET DEFAULT 'anon'::character varying",
            "ALTER TABLE \"public\".\"customers\" ADD COLUMN \"phone\" character varying(30)",
            "ALTER TABLE \"public\".\"customers\" ADD CONSTRAINT \"customers_email_check\" CHECK (email LIKE '%@%')",
            "CREATE INDEX \"orders_status_idx\" ON \"public\".\"orders\" (\"customer_id\", \"status\") WHERE status <> 'paid'");
    int createNotes = indexOf(sql, "CREATE TABLE \"public\".\"order_notes\"");
    int notesKey = indexOf(sql, "ADD CONSTRAINT \"order_notes_order_id_fkey\"");
    int ordersKey = indexOf(sql, "ADD CONSTRAINT \"orders_customer_id_fkey\"");
    assertThat(createNotes).isLessThan(notesKey);
    assertThat(ordersKey).isGreaterThan(indexOf(sql, "ADD CONSTRAINT \"customers_email_check\""));
    assertThat(sql.get(ordersKey)).endsWith("ON DELETE CASCADE");
  }

  @Test
  void removedTablesThatReferenceEachOtherLoseTheirKeysFirst() {
    SchemaModel from =
        model(
            table("a").id().bigint("b_id", true).foreignKey("b", "b_id"),
            table("b").id().bigint("a_id", true).foreignKey("a", "a_id"));

    List<String> sql = MigrationSql.between(from, EMPTY, Dialect.POSTGRESQL).statements();

    assertThat(sql)
        .containsExactly(
            "ALTER TABLE \"public\".\"a\" DROP CONSTRAINT \"a_b_id_fkey\"",
            "ALTER TABLE \"public\".\"b\" DROP CONSTRAINT \"b_a_id_fkey\"",
            "DROP TABLE \"public\".\"a\"",
            "DROP TABLE \"public\".\"b\"");
  }

  @Test
  void identifiersAreQuotedWithTheirQuoteCharactersDoubled() {
    SchemaModel to =
        model(
            table("we\"ird`name")
                .id()
                .text("a \"b\" `c`", 10, true)
                .index("x\"`idx", false, "a \"b\" `c`"));

    List<String> pg = MigrationSql.between(EMPTY, to, Dialect.POSTGRESQL).statements();
    List<String> my = MigrationSql.between(EMPTY, to, Dialect.MYSQL).statements();

    assertThat(pg.get(0))
        .startsWith("CREATE TABLE \"public\".\"we\"\"ird`name\" (")
        .contains("\"a \"\"b\"\" `c`\" character varying(10)");
    assertThat(pg)
        .contains(
            "CREATE INDEX \"x\"\"`idx\" ON \"public\".\"we\"\"ird`name\" (\"a \"\"b\"\" `c`\")");
    assertThat(my.get(0))
        .startsWith("CREATE TABLE `we\"ird``name` (")
        .contains("`a \"b\" ``c``` varchar(10) NULL");
    assertThat(my).contains("CREATE INDEX `x\"``idx` ON `we\"ird``name` (`a \"b\" ``c```)");
  }

  @Test
  void stringLiteralsAreEscapedPerDialect() {
    SchemaModel to =
        model(
            table("t")
                .id()
                .text("a", 10, true)
                .columnComment("a", "it's a \\ path")
                .comment("O'Brien"));

    List<String> pg = MigrationSql.between(EMPTY, to, Dialect.POSTGRESQL).statements();
    List<String> my = MigrationSql.between(EMPTY, to, Dialect.MYSQL).statements();

    assertThat(pg)
        .contains(
            "COMMENT ON TABLE \"public\".\"t\" IS 'O''Brien'",
            "COMMENT ON COLUMN \"public\".\"t\".\"a\" IS 'it''s a \\ path'");
    assertThat(my.get(0))
        .contains("COMMENT 'it''s a \\\\ path'")
        .endsWith(") COMMENT = 'O''Brien'");
  }

  @Test
  void mysqlTranslatesPostgresTypesAndUsesItsOwnDropSyntax() {
    MigrationScript script =
        MigrationSql.between(ShopModel.before(), ShopModel.after(), Dialect.MYSQL);
    List<String> sql = script.statements();

    assertThat(sql.subList(0, script.destructiveCount()))
        .containsExactly(
            "ALTER TABLE `orders` DROP FOREIGN KEY `orders_customer_id_fkey`",
            "DROP INDEX `orders_note_idx` ON `orders`",
            "ALTER TABLE `customers` DROP COLUMN `legacy_code`",
            "DROP TABLE `legacy_log`");
    assertThat(sql)
        .contains(
            "ALTER TABLE `orders` MODIFY COLUMN `status` enum('pending', 'paid', 'shipped') NOT NULL DEFAULT 'pending'",
            "ALTER TABLE `customers` MODIFY COLUMN `email` varchar(254) NOT NULL",
            "ALTER TABLE `customers` MODIFY COLUMN `name` varchar(60) NOT NULL DEFAULT 'anon'",
            "CREATE INDEX `orders_status_idx` ON `orders` (`customer_id`, `status`)");
    assertThat(sql.get(indexOf(sql, "CREATE TABLE `order_notes`")))
        .contains(
            "`id` bigint NOT NULL AUTO_INCREMENT",
            "`created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP",
            "PRIMARY KEY (`id`)");
    assertThat(indexOf(sql, "CREATE TABLE `order_notes`"))
        .isLessThan(indexOf(sql, "FOREIGN KEY (`order_id`)"));
    assertThat(script.warnings())
        .anyMatch(w -> w.contains("orders_status_idx") && w.contains("partial"));
    assertThat(script.script()).contains("-- warning: index orders_status_idx is partial");
    assertThat(sql).noneMatch(s -> s.contains("CREATE TYPE"));
  }

  @Test
  void postgresAltersIdentityAndRecreatesChangedGeneratedColumns() {
    Column plain =
        ShopModel.column("n", "integer", TypeCategory.INTEGER, false, null, Identity.NONE, null);
    Column identity =
        ShopModel.column("n", "integer", TypeCategory.INTEGER, false, null, Identity.ALWAYS, null);
    Column generated =
        ShopModel.column(
            "g", "integer", TypeCategory.INTEGER, true, null, Identity.NONE, "(n * 2)");
    Column regenerated =
        ShopModel.column(
            "g", "integer", TypeCategory.INTEGER, true, null, Identity.NONE, "(n * 3)");

    MigrationScript script =
        MigrationSql.between(
            model(table("t").column(plain).column(generated)),
            model(table("t").column(identity).column(regenerated)),
            Dialect.POSTGRESQL);

    assertThat(script.statements())
        .containsExactly(
            "ALTER TABLE \"public\".\"t\" DROP COLUMN \"g\"",
            "ALTER TABLE \"public\".\"t\" ADD COLUMN \"g\" integer GENERATED ALWAYS AS ((n * 3)) STORED",
            "ALTER TABLE \"public\".\"t\" ALTER COLUMN \"n\" ADD GENERATED ALWAYS AS IDENTITY");
    assertThat(script.destructiveCount()).isEqualTo(1);
  }

  @Test
  void mysqlModelsKeepTheirTypesAndDefaults() {
    Column status =
        new Column(
            "status",
            1,
            "enum('a','b')",
            TypeCategory.ENUM,
            null,
            null,
            null,
            false,
            "'a'",
            Identity.NONE,
            null,
            List.of("a", "b"),
            null);
    SchemaModel to =
        new SchemaModel(
            "mysql",
            "8.0",
            "shop",
            List.of("shop"),
            List.of(table("shop.t").column(status).build()),
            List.of(),
            List.of());

    List<String> sql =
        MigrationSql.between(
                new SchemaModel("mysql", "8.0", "shop", List.of(), List.of(), null, null),
                to,
                Dialect.MYSQL)
            .statements();

    assertThat(sql)
        .containsExactly("CREATE TABLE `t` (\n  `status` enum('a','b') NOT NULL DEFAULT 'a'\n)");
  }
}
