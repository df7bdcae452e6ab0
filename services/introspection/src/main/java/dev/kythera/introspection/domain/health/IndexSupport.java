package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether an index can serve lookups by a set of columns. A foreign key is served when the first
 * {@code n} index columns are exactly its {@code n} columns in any order: equality on all of them
 * can use the index whatever their order in it.
 */
final class IndexSupport {
  private IndexSupport() {}

  /** B-tree (or unreported, as SQLite does) indexes serve equality on a leading prefix. */
  static boolean ordered(Index index) {
    return index.method() == null || index.method().toLowerCase(Locale.ROOT).equals("btree");
  }

  /** Hash indexes only serve equality on their single column. */
  static boolean hash(Index index) {
    return index.method() != null && index.method().toLowerCase(Locale.ROOT).equals("hash");
  }

  static String method(Index index) {
    return index.method() == null ? "" : index.method().toLowerCase(Locale.ROOT);
  }

  static boolean coversAsLeading(List<String> indexColumns, List<String> wanted) {
    return indexColumns.size() >= wanted.size()
        && new HashSet<>(indexColumns.subList(0, wanted.size())).equals(new HashSet<>(wanted));
  }

  /** Whether {@code index} serves equality lookups on all of {@code columns}. */
  static boolean serves(Index index, List<String> columns) {
    if (index.predicate() != null) {
      return false; // a partial index only covers some rows
    }
    if (hash(index)) {
      return index.columns().equals(columns);
    }
    return ordered(index) && coversAsLeading(index.columns(), columns);
  }

  /**
   * Whether the table has any key or index serving {@code columns}; primary and unique constraints
   * count too, for engines that do not list their backing indexes.
   */
  static boolean served(Table table, List<String> columns) {
    if (table.primaryKey() != null && coversAsLeading(table.primaryKey().columns(), columns)) {
      return true;
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      if (coversAsLeading(unique.columns(), columns)) {
        return true;
      }
    }
    return table.indexes().stream().anyMatch(index -> serves(index, columns));
  }

  /** Foreign keys of {@code table} for which {@code index} is the only serving index. */
  static List<ForeignKey> onlySupportOf(Table table, Index index) {
    List<ForeignKey> keys = new ArrayList<>();
    for (ForeignKey key : table.foreignKeys()) {
      if (!serves(index, key.columns())) {
        continue;
      }
      boolean other =
          table.indexes().stream()
              .filter(candidate -> !Objects.equals(candidate.name(), index.name()))
              .anyMatch(candidate -> serves(candidate, key.columns()));
      if (!other) {
        keys.add(key);
      }
    }
    return keys;
  }
}
