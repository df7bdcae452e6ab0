package dev.kythera.connectors.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.connectors.sqlite.SqliteDdl.Check;
import dev.kythera.connectors.sqlite.SqliteDdl.CreateIndex;
import dev.kythera.connectors.sqlite.SqliteDdl.CreateTable;
import dev.kythera.connectors.sqlite.SqliteDdl.ForeignKeyDef;
import dev.kythera.connectors.sqlite.SqliteDdl.KeyDef;
import dev.kythera.connectors.sqlite.SqliteDdl.Kind;
import dev.kythera.connectors.sqlite.SqliteDdl.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteDdlTest {

  @Test
  void tokenizesQuotesCommentsAndNumbers() {
    List<Token> tokens =
        SqliteDdl.tokenize(
            "a \"b \"\"c\"\"\" `d` [e f] 'it''s (' -- not ( a token\n 1.5e-3 /* ) */ >= x");
    assertThat(tokens)
        .extracting(Token::kind)
        .containsExactly(
            Kind.WORD,
            Kind.QUOTED,
            Kind.QUOTED,
            Kind.QUOTED,
            Kind.STRING,
            Kind.NUMBER,
            Kind.SYMBOL,
            Kind.SYMBOL,
            Kind.WORD);
    assertThat(tokens.get(1).identifier()).isEqualTo("b \"c\"");
    assertThat(tokens.get(2).identifier()).isEqualTo("d");
    assertThat(tokens.get(3).identifier()).isEqualTo("e f");
    assertThat(tokens.get(4).text()).isEqualTo("'it''s ('");
    assertThat(tokens.get(5).text()).isEqualTo("1.5e-3");
  }

  @Test
  void readsColumnAndTableChecksWithNestedParenthesesAndQuotes() {
    CreateTable table =
        SqliteDdl.parseCreateTable(
            """
            CREATE TABLE t (
              a integer CHECK (a > (1 + 2)) NOT NULL,
              b text CONSTRAINT b_ok CHECK (b IN ('x)', 'y,z')),
              c numeric(10,2) DEFAULT (0.5),
              CHECK (a < 100 OR b = 'it''s'),
              CONSTRAINT "named check" CHECK (length(b) > 0)
            )""");
    assertThat(table.columns()).extracting(c -> c.name()).containsExactly("a", "b", "c");
    assertThat(table.checks())
        .containsExactly(
            new Check(null, "a", "a > (1 + 2)"),
            new Check("b_ok", "b", "b IN ('x)', 'y,z')"),
            new Check(null, null, "a < 100 OR b = 'it''s'"),
            new Check("named check", null, "length(b) > 0"));
  }

  @Test
  void readsForeignKeysWithNamesActionsAndDeferrability() {
    CreateTable table =
        SqliteDdl.parseCreateTable(
            """
            CREATE TABLE "order lines" (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              order_id bigint CONSTRAINT fk_order REFERENCES orders (id) ON DELETE SET NULL
                ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED NOT NULL,
              product_id integer REFERENCES products,
              a int, b int,
              FOREIGN KEY (a, b) REFERENCES pairs (x, y) MATCH SIMPLE DEFERRABLE,
              CONSTRAINT fk_late FOREIGN KEY (b) REFERENCES later (z)
                NOT DEFERRABLE INITIALLY IMMEDIATE
            ) WITHOUT ROWID""");
    assertThat(table.foreignKeys())
        .containsExactly(
            new ForeignKeyDef("fk_order", List.of("order_id"), "orders", List.of("id"), true, true),
            new ForeignKeyDef(null, List.of("product_id"), "products", List.of(), false, false),
            new ForeignKeyDef(null, List.of("a", "b"), "pairs", List.of("x", "y"), true, false),
            new ForeignKeyDef("fk_late", List.of("b"), "later", List.of("z"), false, false));
    assertThat(table.column("id").autoincrement()).isTrue();
    assertThat(table.column("order_id").autoincrement()).isFalse();
    assertThat(table.primaryKey()).isEqualTo(new KeyDef(null, List.of("id")));
    assertThat(table.withoutRowid()).isTrue();
  }

  @Test
  void readsKeysAndGeneratedColumns() {
    CreateTable table =
        SqliteDdl.parseCreateTable(
            """
            CREATE TABLE people (
              first text, last text,
              full text GENERATED ALWAYS AS (first || ' ' || last) VIRTUAL,
              initials text AS (substr(first, 1, 1) || substr(last, 1, 1)) STORED,
              email text UNIQUE,
              CONSTRAINT people_pkey PRIMARY KEY (first COLLATE NOCASE, last DESC),
              CONSTRAINT people_name_key UNIQUE (last, first)
            )""");
    assertThat(table.column("full").generated()).isEqualTo("first || ' ' || last");
    assertThat(table.column("initials").generated())
        .isEqualTo("substr(first, 1, 1) || substr(last, 1, 1)");
    assertThat(table.column("first").generated()).isNull();
    assertThat(table.primaryKey()).isEqualTo(new KeyDef("people_pkey", List.of("first", "last")));
    assertThat(table.uniques())
        .containsExactly(
            new KeyDef(null, List.of("email")),
            new KeyDef("people_name_key", List.of("last", "first")));
    assertThat(table.withoutRowid()).isFalse();
  }

  @Test
  void aTableMadeFromASelectDeclaresNothing() {
    assertThat(SqliteDdl.parseCreateTable("CREATE TABLE copy AS SELECT * FROM t"))
        .isEqualTo(CreateTable.EMPTY);
    assertThat(SqliteDdl.parseCreateTable(null)).isEqualTo(CreateTable.EMPTY);
  }

  @Test
  void readsIndexEntriesAndThePredicateOfAPartialIndex() {
    CreateIndex partial =
        SqliteDdl.parseCreateIndex(
            "CREATE INDEX orders_open_idx ON orders (customer_id DESC, lower(\"note\") ASC)"
                + " WHERE status IN ('pending', 'paid')");
    assertThat(partial.entries()).containsExactly("customer_id", "lower(\"note\")");
    assertThat(partial.predicate()).isEqualTo("status IN ('pending', 'paid')");

    CreateIndex plain =
        SqliteDdl.parseCreateIndex(
            "CREATE UNIQUE INDEX IF NOT EXISTS main.x ON t (substr(a, 1, 2), b COLLATE NOCASE)");
    assertThat(plain.entries()).containsExactly("substr(a, 1, 2)", "b COLLATE NOCASE");
    assertThat(plain.predicate()).isNull();
    assertThat(SqliteDdl.parseCreateIndex(null).entries()).isEmpty();
  }

  @Test
  void theViewSelectIsCutAfterAs() {
    assertThat(SqliteSchemaReader.viewSelect("CREATE VIEW v (a) AS SELECT 1 AS a"))
        .isEqualTo("SELECT 1 AS a");
  }
}
