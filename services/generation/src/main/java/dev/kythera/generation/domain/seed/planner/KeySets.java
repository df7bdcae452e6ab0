package dev.kythera.generation.domain.seed.planner;

import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The column sets a table keeps unique: its primary key, UNIQUE constraints and unique indexes
 * (partial ones too: unique everywhere is unique in the subset), each set once.
 */
final class KeySets {
  record KeySet(String name, List<String> columns) {}

  private KeySets() {}

  static List<KeySet> of(Table table, String field, Problems problems) {
    List<KeySet> sets = new ArrayList<>();
    Set<Set<String>> seen = new HashSet<>();
    if (table.primaryKey() != null && !table.primaryKey().columns().isEmpty()) {
      String name =
          table.primaryKey().name() == null
              ? table.name().name() + "_pkey"
              : table.primaryKey().name();
      add(sets, seen, new KeySet(name, table.primaryKey().columns()));
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      add(sets, seen, new KeySet(unique.name(), unique.columns()));
    }
    for (Index index : table.indexes()) {
      if (!index.unique() || index.primary()) {
        continue;
      }
      if (index.columns().stream().allMatch(column -> table.column(column).isPresent())) {
        add(sets, seen, new KeySet(index.name(), index.columns()));
      } else {
        problems.warn(
            field + ".indexes." + index.name(),
            "a unique index on an expression is not guaranteed by generation");
      }
    }
    return sets;
  }

  private static void add(List<KeySet> sets, Set<Set<String>> seen, KeySet set) {
    if (seen.add(Set.copyOf(set.columns()))) {
      sets.add(set);
    }
  }
}
