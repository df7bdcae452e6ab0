package dev.kythera.introspection.domain.explorer;

import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of the snapshot the explorer works on. Every name a request uses is looked up here, so
 * only identifiers the snapshot knows ever reach SQL text; anything else is a 400 naming the field.
 */
public final class ExploredTable {
  private static final int SHOWN_NAME_LENGTH = 80;

  private final Table table;
  private final Map<String, Column> columns = new LinkedHashMap<>();

  public ExploredTable(Table table) {
    this.table = table;
    table.columns().forEach(column -> columns.put(column.name(), column));
  }

  /**
   * The table named {@code text} ({@code schema.name}, or a bare name when only one schema has it).
   */
  public static ExploredTable find(SchemaModel model, String text) {
    if (text == null || text.isBlank()) {
      throw KytheraException.invalid("table", "is required (schema.name)");
    }
    List<Table> exact =
        model.tables().stream().filter(t -> t.name().toString().equals(text)).toList();
    List<Table> bare = model.tables().stream().filter(t -> t.name().name().equals(text)).toList();
    List<Table> found = exact.size() == 1 ? exact : bare;
    if (found.size() != 1) {
      throw KytheraException.invalid(
          "table", "'" + shown(text) + "' is not a table or view of the latest snapshot");
    }
    return new ExploredTable(found.get(0));
  }

  public Table table() {
    return table;
  }

  public QualifiedName name() {
    return table.name();
  }

  public List<Column> columns() {
    return List.copyOf(columns.values());
  }

  /** The column called {@code name}, or a 400 on {@code field}. */
  public Column column(String name, String field) {
    Column column = name == null ? null : columns.get(name);
    if (column == null) {
      throw KytheraException.invalid(
          field, "'" + shown(name) + "' is not a column of " + table.name());
    }
    return column;
  }

  /** A column a request may write: generated and always-identity columns are the database's. */
  public Column writable(String name, String field) {
    Column column = column(name, field);
    if (column.generated() != null || column.identity() == Identity.ALWAYS) {
      throw KytheraException.invalid(field, "is filled by the database and cannot be written");
    }
    return column;
  }

  public boolean hasPrimaryKey() {
    return table.primaryKey() != null && !table.primaryKey().columns().isEmpty();
  }

  /** Primary-key columns, in key order; empty when the table has none. */
  public List<Column> primaryKey() {
    return hasPrimaryKey()
        ? table.primaryKey().columns().stream().map(columns::get).toList()
        : List.of();
  }

  /** Refuses writes to tables without a primary key: a row could not be named exactly. */
  public void requireWritable() {
    if (!hasPrimaryKey()) {
      throw KytheraException.invalid(
          "table",
          (table.isView() ? "is a view" : "has no primary key")
              + ", so its rows can be browsed but not changed");
    }
  }

  /** Request text as shown in an error message: cut short, never interpreted. */
  static String shown(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= SHOWN_NAME_LENGTH ? text : text.substring(0, SHOWN_NAME_LENGTH) + "…";
  }
}
