package dev.kythera.introspection.domain.explorer;

import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.Column;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The primary-key values that name one row, typed for their columns (400 on {@code key}). */
public record RowKey(Map<Column, Object> values) {
  public RowKey {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Reads {@code {pkcol: value, ...}}: exactly the primary-key columns, none null. */
  public static RowKey parse(Map<String, ?> input, ExploredTable table) {
    if (!table.hasPrimaryKey()) {
      throw KytheraException.invalid(
          "table", "has no primary key, so a single row cannot be addressed");
    }
    List<Column> key = table.primaryKey();
    String names = key.stream().map(Column::name).collect(Collectors.joining(", "));
    if (input == null || input.isEmpty()) {
      throw KytheraException.invalid("key", "must be a JSON object of the primary key: " + names);
    }
    for (String name : input.keySet()) {
      if (key.stream().noneMatch(column -> column.name().equals(name))) {
        throw KytheraException.invalid(
            "key",
            "'" + ExploredTable.shown(name) + "' is not a primary key column (" + names + ")");
      }
    }
    Map<Column, Object> values = new LinkedHashMap<>();
    for (Column column : key) {
      Object value = input.get(column.name());
      if (value == null) {
        throw KytheraException.invalid("key", "needs a value for " + column.name());
      }
      values.put(column, ValueConverter.convert(value, column, "key"));
    }
    return new RowKey(values);
  }

  /** One equality per key column. */
  public List<RowFilter> conditions() {
    List<RowFilter> conditions = new ArrayList<>();
    values.forEach((column, value) -> conditions.add(RowFilter.equal(column, value)));
    return conditions;
  }

  /** This key after an update that may have changed some of its columns. */
  public RowKey after(RowValues changes) {
    Map<Column, Object> next = new LinkedHashMap<>(values);
    changes.values().forEach((column, value) -> next.computeIfPresent(column, (c, v) -> value));
    return new RowKey(next);
  }
}
