package dev.kythera.introspection.domain.explorer;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.TypeCategory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the explorer's statements on one table: identifiers come from the snapshot and are quoted
 * by the dialect, every value is a {@code ?} placeholder.
 */
public final class RowQueries {
  private final SqlDialect dialect;
  private final ExploredTable table;

  public RowQueries(SqlDialect dialect, ExploredTable table) {
    this.dialect = dialect;
    this.table = table;
  }

  /** Every column, filtered, ordered and paged. */
  public SqlStatement select(List<RowFilter> filters, List<SortKey> order, int limit, long offset) {
    List<BoundValue> parameters = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(columnList(table.columns()))
            .append(" FROM ")
            .append(dialect.table(table.name()));
    where(sql, filters, parameters);
    if (!order.isEmpty()) {
      sql.append(" ORDER BY ")
          .append(
              order.stream()
                  .map(k -> quote(k.column()) + (k.descending() ? " DESC" : " ASC"))
                  .collect(Collectors.joining(", ")));
    }
    sql.append(dialect.page(limit, offset));
    return new SqlStatement(sql.toString(), parameters);
  }

  /** The exact number of rows that match. */
  public SqlStatement count(List<RowFilter> filters) {
    List<BoundValue> parameters = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder("SELECT COUNT(*) FROM ").append(dialect.table(table.name()));
    where(sql, filters, parameters);
    return new SqlStatement(sql.toString(), parameters);
  }

  /**
   * Inserts one row; where the dialect can, hands back the primary key with {@code RETURNING}
   * (otherwise the driver's generated keys do).
   */
  public SqlStatement insert(RowValues values) {
    List<BoundValue> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(dialect.table(table.name()));
    if (values.isEmpty()) {
      sql.append(dialect.emptyInsert());
    } else {
      List<Column> columns = new ArrayList<>(values.values().keySet());
      sql.append(" (")
          .append(columnList(columns))
          .append(") VALUES (")
          .append(String.join(", ", Collections.nCopies(columns.size(), "?")))
          .append(')');
      values.values().forEach((column, value) -> parameters.add(bound(column, value)));
    }
    if (dialect.insertReturning() && table.hasPrimaryKey()) {
      sql.append(" RETURNING ").append(columnList(table.primaryKey()));
    }
    return new SqlStatement(sql.toString(), parameters);
  }

  /** Changes the given columns of the row with this key. */
  public SqlStatement update(RowKey key, RowValues values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("Nothing to update");
    }
    List<BoundValue> parameters = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder("UPDATE ").append(dialect.table(table.name())).append(" SET ");
    List<String> assignments = new ArrayList<>();
    for (Map.Entry<Column, Object> entry : values.values().entrySet()) {
      assignments.add(quote(entry.getKey()) + " = ?");
      parameters.add(bound(entry.getKey(), entry.getValue()));
    }
    sql.append(String.join(", ", assignments));
    where(sql, key.conditions(), parameters);
    return new SqlStatement(sql.toString(), parameters);
  }

  public SqlStatement delete(RowKey key) {
    List<BoundValue> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder("DELETE FROM ").append(dialect.table(table.name()));
    where(sql, key.conditions(), parameters);
    return new SqlStatement(sql.toString(), parameters);
  }

  private void where(StringBuilder sql, List<RowFilter> filters, List<BoundValue> parameters) {
    if (filters.isEmpty()) {
      return;
    }
    List<String> conditions = new ArrayList<>();
    for (RowFilter filter : filters) {
      conditions.add(condition(filter, parameters));
    }
    sql.append(" WHERE ").append(String.join(" AND ", conditions));
  }

  private String condition(RowFilter filter, List<BoundValue> parameters) {
    Column column = filter.column();
    String quoted = quote(column);
    return switch (filter.op()) {
      case NULL, NOTNULL -> quoted + " " + filter.op().sql();
      case LIKE, ILIKE -> {
        parameters.add(new BoundValue(filter.values().get(0), TypeCategory.TEXT));
        String text = column.category() == TypeCategory.TEXT ? quoted : dialect.asText(quoted);
        yield filter.op() == FilterOp.LIKE ? text + " LIKE ?" : dialect.ilike(text);
      }
      case IN -> {
        filter.values().forEach(value -> parameters.add(bound(column, value)));
        yield quoted
            + " IN ("
            + String.join(", ", Collections.nCopies(filter.values().size(), "?"))
            + ")";
      }
      default -> {
        parameters.add(bound(column, filter.values().get(0)));
        yield quoted + " " + filter.op().sql() + " ?";
      }
    };
  }

  private static BoundValue bound(Column column, Object value) {
    return new BoundValue(value, column.category());
  }

  private String quote(Column column) {
    return dialect.quote(column.name());
  }

  private String columnList(List<Column> columns) {
    return columns.stream().map(this::quote).collect(Collectors.joining(", "));
  }
}
