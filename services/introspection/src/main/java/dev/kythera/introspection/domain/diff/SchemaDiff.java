package dev.kythera.introspection.domain.diff;

import dev.kythera.kernel.schema.CheckConstraint;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.PrimaryKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares two schema snapshots: tables by qualified name, columns by name, the rest by name or
 * definition.
 */
public final class SchemaDiff {
  private SchemaDiff() {}

  public static SchemaDiffResult between(SchemaModel from, SchemaModel to) {
    SchemaDelta delta = delta(from, to);
    List<Change> changes = ChangeList.of(delta);
    return new SchemaDiffResult(SchemaDiffResult.Summary.of(changes), changes, delta);
  }

  static SchemaDelta delta(SchemaModel from, SchemaModel to) {
    Map<QualifiedName, Table> before = from.tablesByName();
    Map<QualifiedName, Table> after = to.tablesByName();
    TreeSet<QualifiedName> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    List<Delta<Table>> tables = new ArrayList<>();
    List<TableDelta> tableChanges = new ArrayList<>();
    for (QualifiedName name : names) {
      Table old = before.get(name);
      Table now = after.get(name);
      if (old == null || now == null) {
        tables.add(new Delta<>(old, now));
      } else if (old.kind() != now.kind()) {
        tables.add(new Delta<>(old, null));
        tables.add(new Delta<>(null, now));
      } else if (now.isView()) {
        if (!Definitions.viewQuery(old).equals(Definitions.viewQuery(now))
            || !Objects.equals(old.comment(), now.comment())) {
          tables.add(new Delta<>(old, now));
        }
      } else {
        TableDelta table = table(old, now);
        if (!table.isEmpty()) {
          tableChanges.add(table);
        }
      }
    }
    return new SchemaDelta(
        from,
        to,
        tables,
        tableChanges,
        byName(from.enums(), to.enums(), EnumType::name, Definitions::enumValues),
        byName(from.sequences(), to.sequences(), Sequence::name, Definitions::sequence));
  }

  static TableDelta table(Table old, Table now) {
    return new TableDelta(
        old,
        now,
        !Objects.equals(old.comment(), now.comment()),
        byName(old.columns(), now.columns(), Column::name, Definitions::column),
        primaryKey(old.primaryKey(), now.primaryKey()),
        Matching.match(
            old.uniqueConstraints(),
            now.uniqueConstraints(),
            UniqueConstraint::name,
            Definitions::unique),
        Matching.match(old.checks(), now.checks(), CheckConstraint::name, Definitions::check),
        Matching.match(
            Definitions.ownIndexes(old),
            Definitions.ownIndexes(now),
            Index::name,
            Definitions::index),
        Matching.match(
            old.foreignKeys(), now.foreignKeys(), ForeignKey::name, Definitions::foreignKey));
  }

  private static List<Delta<PrimaryKey>> primaryKey(PrimaryKey old, PrimaryKey now) {
    if (old == null && now == null) {
      return List.of();
    }
    if (old != null && now != null && old.columns().equals(now.columns())) {
      return List.of();
    }
    return List.of(new Delta<>(old, now));
  }

  /** Pairs objects by a unique key; a pair whose definitions differ is a change. */
  private static <T, K extends Comparable<K>> List<Delta<T>> byName(
      List<T> before, List<T> after, Function<T, K> key, Function<T, String> definition) {
    Map<K, T> old = new TreeMap<>();
    before.forEach(item -> old.put(key.apply(item), item));
    Map<K, T> now = new TreeMap<>();
    after.forEach(item -> now.put(key.apply(item), item));
    TreeSet<K> keys = new TreeSet<>(old.keySet());
    keys.addAll(now.keySet());
    List<Delta<T>> deltas = new ArrayList<>();
    for (K name : keys) {
      T a = old.get(name);
      T b = now.get(name);
      if (a == null || b == null || !definition.apply(a).equals(definition.apply(b))) {
        deltas.add(new Delta<>(a, b));
      }
    }
    return deltas;
  }
}
