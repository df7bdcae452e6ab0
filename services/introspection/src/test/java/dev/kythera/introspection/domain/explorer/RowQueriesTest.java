package dev.kythera.introspection.domain.explorer;

import static dev.kythera.introspection.domain.TestSchemas.column;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.TypeCategory;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowQueriesTest {

  static Table orders() {
    return table("public.orders")
        .id()
        .bigint("customer_id", false)
        .column(
            new Column(
                "status",
                0,
                "order_status",
                TypeCategory.ENUM,
                null,
                null,
                null,
                false,
                "'pending'",
                Identity.NONE,
                null,
                List.of("pending", "paid"),
                null))
        .timestamp("ordered_at", false)
        .column(column("we\"ird`name", "text", TypeCategory.TEXT, true))
        .foreignKey("customers", "customer_id")
        .build();
  }

  static Table orderItems() {
    return table("public.order_items")
        .bigint("order_id", false)
        .integer("line_no", false)
        .integer("quantity", false)
        .column(column("unit_price", "numeric(10,2)", TypeCategory.DECIMAL, false))
        .primaryKey("order_id", "line_no")
        .build();
  }

  private static RowQueries queries(SqlDialect dialect, Table table) {
    return new RowQueries(dialect, new ExploredTable(table));
  }

  @Test
  void aPageIsOneSelectWithQuotedNamesPlaceholdersAndThePrimaryKeyAsTieBreaker() {
    ExploredTable orders = new ExploredTable(orders());
    List<RowFilter> filters =
        List.of(
            RowFilter.parse("customer_id:eq:7", orders),
            RowFilter.parse("status:in:pending|paid", orders),
            RowFilter.parse("we\"ird`name:notnull", orders));
    SqlStatement select =
        new RowQueries(SqlDialect.POSTGRESQL, orders)
            .select(filters, SortKey.parse(List.of("-ordered_at"), orders), 51, 100);

    assertThat(select.sql())
        .isEqualTo(
            "SELECT \"id\", \"customer_id\", \"status\", \"ordered_at\", \"we\"\"ird`name\""
                + " FROM \"public\".\"orders\""
                + " WHERE \"customer_id\" = ? AND \"status\" IN (?, ?)"
                + " AND \"we\"\"ird`name\" IS NOT NULL"
                + " ORDER BY \"ordered_at\" DESC, \"id\" ASC LIMIT 51 OFFSET 100");
    assertThat(select.parameters())
        .containsExactly(
            new BoundValue(7L, TypeCategory.INTEGER),
            new BoundValue("pending", TypeCategory.ENUM),
            new BoundValue("paid", TypeCategory.ENUM));
  }

  @Test
  void mysqlGetsBackticksAndCaseInsensitiveMatchingWithLower() {
    ExploredTable orders = new ExploredTable(orders());
    SqlStatement select =
        new RowQueries(SqlDialect.MYSQL, orders)
            .select(
                List.of(
                    RowFilter.parse("we\"ird`name:ilike:%Ann%", orders),
                    RowFilter.parse("id:like:1%", orders)),
                List.of(),
                10,
                0);
    assertThat(select.sql())
        .isEqualTo(
            "SELECT `id`, `customer_id`, `status`, `ordered_at`, `we\"ird``name`"
                + " FROM `public`.`orders`"
                + " WHERE LOWER(`we\"ird``name`) LIKE LOWER(?) AND CAST(`id` AS char) LIKE ?"
                + " LIMIT 10");
    assertThat(select.parameters())
        .containsExactly(
            new BoundValue("%Ann%", TypeCategory.TEXT), new BoundValue("1%", TypeCategory.TEXT));
  }

  @Test
  void postgresMatchesCaseInsensitivelyWithIlike() {
    ExploredTable orders = new ExploredTable(orders());
    SqlStatement select =
        new RowQueries(SqlDialect.POSTGRESQL, orders)
            .select(List.of(RowFilter.parse("status:ilike:PA%", orders)), List.of(), 5, 0);
    assertThat(select.sql()).contains(" WHERE CAST(\"status\" AS text) ILIKE ? LIMIT 5");
  }

  @Test
  void aFilterValueIsNeverPartOfTheSqlText() {
    ExploredTable orders = new ExploredTable(orders());
    String attack = "x' OR '1'='1'; DROP TABLE customers; --";
    SqlStatement select =
        new RowQueries(SqlDialect.POSTGRESQL, orders)
            .select(List.of(RowFilter.parse("we\"ird`name:eq:" + attack, orders)), List.of(), 5, 0);
    assertThat(select.sql()).doesNotContain("DROP").doesNotContain("'1'");
    assertThat(select.parameters()).containsExactly(new BoundValue(attack, TypeCategory.TEXT));
  }

  @Test
  void countsUseTheSameConditions() {
    ExploredTable items = new ExploredTable(orderItems());
    SqlStatement count =
        new RowQueries(SqlDialect.SQLITE, items)
            .count(List.of(RowFilter.parse("quantity:ge:2", items)));
    assertThat(count.sql())
        .isEqualTo("SELECT COUNT(*) FROM \"public\".\"order_items\" WHERE \"quantity\" >= ?");
    assertThat(count.parameters()).containsExactly(new BoundValue(2L, TypeCategory.INTEGER));
  }

  @Test
  void insertsReturnTheKeyWhereTheDialectCanAndUseDefaultsWhenEmpty() {
    ExploredTable items = new ExploredTable(orderItems());
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("order_id", 1);
    values.put("line_no", "2");
    values.put("unit_price", new BigDecimal("12.50"));
    RowValues row = RowValues.parse(values, items);

    SqlStatement postgres = new RowQueries(SqlDialect.POSTGRESQL, items).insert(row);
    assertThat(postgres.sql())
        .isEqualTo(
            "INSERT INTO \"public\".\"order_items\" (\"order_id\", \"line_no\", \"unit_price\")"
                + " VALUES (?, ?, ?) RETURNING \"order_id\", \"line_no\"");
    assertThat(postgres.parameters())
        .containsExactly(
            new BoundValue(1L, TypeCategory.INTEGER),
            new BoundValue(2L, TypeCategory.INTEGER),
            new BoundValue(new BigDecimal("12.50"), TypeCategory.DECIMAL));

    SqlStatement mysql = new RowQueries(SqlDialect.MYSQL, items).insert(row);
    assertThat(mysql.sql())
        .isEqualTo(
            "INSERT INTO `public`.`order_items` (`order_id`, `line_no`, `unit_price`)"
                + " VALUES (?, ?, ?)");

    RowValues none = RowValues.parse(Map.of(), new ExploredTable(orders()));
    assertThat(queries(SqlDialect.POSTGRESQL, orders()).insert(none).sql())
        .isEqualTo("INSERT INTO \"public\".\"orders\" DEFAULT VALUES RETURNING \"id\"");
    assertThat(queries(SqlDialect.MYSQL, orders()).insert(none).sql())
        .isEqualTo("INSERT INTO `public`.`orders` () VALUES ()");
  }

  @Test
  void updatesAndDeletesNameTheRowByItsWholeCompositeKey() {
    ExploredTable items = new ExploredTable(orderItems());
    RowKey key = RowKey.parse(Map.of("order_id", 3, "line_no", 1), items);
    RowValues changes = RowValues.parse(Map.of("quantity", 5), items);

    SqlStatement update = new RowQueries(SqlDialect.MYSQL, items).update(key, changes);
    assertThat(update.sql())
        .isEqualTo(
            "UPDATE `public`.`order_items` SET `quantity` = ?"
                + " WHERE `order_id` = ? AND `line_no` = ?");
    assertThat(update.parameters()).extracting(BoundValue::value).containsExactly(5L, 3L, 1L);

    SqlStatement delete = new RowQueries(SqlDialect.POSTGRESQL, items).delete(key);
    assertThat(delete.sql())
        .isEqualTo(
            "DELETE FROM \"public\".\"order_items\" WHERE \"order_id\" = ? AND \"line_no\" = ?");
    assertThat(delete.parameters()).hasSize(2);
  }
}
