package dev.kythera.introspection.domain.explorer;

import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * One condition on a column: parsed from {@code column:op:value} (the value may hold colons; {@code
 * in} takes {@code a|b|c}), the column checked against the table and the values typed for it.
 * Values only ever become bound parameters.
 */
public record RowFilter(Column column, FilterOp op, List<Object> values) {
  public static final int MAX_IN_VALUES = 100;

  public RowFilter {
    values = List.copyOf(values);
  }

  /** {@code column = value}, for keys and relations. */
  public static RowFilter equal(Column column, Object value) {
    return new RowFilter(column, FilterOp.EQ, List.of(value));
  }

  public static RowFilter parse(String text, ExploredTable table) {
    int first = text == null ? -1 : text.indexOf(':');
    if (first < 0) {
      throw KytheraException.invalid("filter", "must look like column:op:value");
    }
    int second = text.indexOf(':', first + 1);
    String op = second < 0 ? text.substring(first + 1) : text.substring(first + 1, second);
    String value = second < 0 ? null : text.substring(second + 1);
    Column column = table.column(text.substring(0, first), "filter");
    FilterOp operator =
        FilterOp.fromWire(op)
            .orElseThrow(
                () ->
                    KytheraException.invalid(
                        "filter",
                        "'"
                            + ExploredTable.shown(op)
                            + "' is not an operator (use "
                            + FilterOp.wireNames()
                            + ")"));
    return new RowFilter(column, operator, values(column, operator, value));
  }

  private static List<Object> values(Column column, FilterOp op, String value) {
    if (op.arity() == 0) {
      if (value != null && !value.isEmpty()) {
        throw KytheraException.invalid("filter", op.wireName() + " takes no value");
      }
      return List.of();
    }
    if (value == null) {
      throw KytheraException.invalid("filter", op.wireName() + " needs a value (column:op:value)");
    }
    if (op == FilterOp.LIKE || op == FilterOp.ILIKE) {
      return List.of(value);
    }
    if (op.arity() == 1) {
      return List.of(ValueConverter.convert(value, column, "filter"));
    }
    String[] parts = value.split("\\|", -1);
    if (parts.length > MAX_IN_VALUES) {
      throw KytheraException.invalid("filter", "in takes at most " + MAX_IN_VALUES + " values");
    }
    List<Object> converted = new ArrayList<>();
    for (String part : parts) {
      converted.add(ValueConverter.convert(part, column, "filter"));
    }
    return converted;
  }
}
