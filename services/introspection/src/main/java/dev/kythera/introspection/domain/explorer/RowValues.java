package dev.kythera.introspection.domain.explorer;

import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.Column;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Column values of an insert or update: each name a writable column of the table (not generated),
 * each value typed for it; errors name {@code values.<column>}.
 */
public record RowValues(Map<Column, Object> values) {
  public RowValues {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static RowValues parse(Map<String, ?> input, ExploredTable table) {
    Map<Column, Object> values = new LinkedHashMap<>();
    if (input == null) {
      return new RowValues(values);
    }
    input.forEach(
        (name, value) -> {
          String field = "values." + ExploredTable.shown(name);
          Column column = table.writable(name, field);
          if (value == null && !column.nullable()) {
            throw KytheraException.invalid(field, "must not be null");
          }
          values.put(column, ValueConverter.convert(value, column, field));
        });
    return new RowValues(values);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The value given for a column; null when it was not given or given as null. */
  public Object get(Column column) {
    return values.get(column);
  }
}
