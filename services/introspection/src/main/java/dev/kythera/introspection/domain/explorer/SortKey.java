package dev.kythera.introspection.domain.explorer;

import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.Column;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One ORDER BY key: {@code col} ascending, {@code -col} descending. */
public record SortKey(Column column, boolean descending) {
  public static final int MAX_KEYS = 16;

  /**
   * Parses {@code sort} parameters, each a comma-separated list, then adds the primary key so that
   * pages never overlap or skip rows.
   */
  public static List<SortKey> parse(List<String> params, ExploredTable table) {
    List<SortKey> keys = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String param : params == null ? List.<String>of() : params) {
      for (String part : param.split(",", -1)) {
        String item = part.strip();
        if (item.isEmpty()) {
          continue;
        }
        boolean descending = item.startsWith("-");
        String name = descending || item.startsWith("+") ? item.substring(1) : item;
        Column column = table.column(name, "sort");
        if (seen.add(column.name())) {
          keys.add(new SortKey(column, descending));
        }
      }
    }
    if (keys.size() > MAX_KEYS) {
      throw KytheraException.invalid("sort", "takes at most " + MAX_KEYS + " columns");
    }
    for (Column column : table.primaryKey()) {
      if (seen.add(column.name())) {
        keys.add(new SortKey(column, false));
      }
    }
    return keys;
  }
}
