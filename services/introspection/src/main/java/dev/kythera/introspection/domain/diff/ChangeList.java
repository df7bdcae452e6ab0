package dev.kythera.introspection.domain.diff;

import dev.kythera.kernel.schema.CheckConstraint;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Flattens a {@link SchemaDelta} into readable {@link Change}s, ordered by table (enums and
 * sequences first), then object type, name and change.
 */
final class ChangeList {
  private static final Comparator<Change> ORDER =
      Comparator.comparing((Change c) -> c.table() == null ? "" : c.table())
          .thenComparing(c -> c.objectType().ordinal())
          .thenComparing(Change::name, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(c -> c.change().ordinal());

  private ChangeList() {}

  static List<Change> of(SchemaDelta delta) {
    List<Change> changes = new ArrayList<>();
    for (Delta<EnumType> type : delta.enums()) {
      changes.add(
          change(
              ObjectType.ENUM,
              type,
              null,
              type.current().name().toString(),
              Definitions::enumValues));
    }
    for (Delta<Sequence> sequence : delta.sequences()) {
      changes.add(
          change(
              ObjectType.SEQUENCE,
              sequence,
              null,
              sequence.current().name().toString(),
              Definitions::sequence));
    }
    for (Delta<Table> table : delta.tables()) {
      Table current = table.current();
      ObjectType type = current.isView() ? ObjectType.VIEW : ObjectType.TABLE;
      changes.add(
          change(
              type, table, current.name().toString(), current.name().name(), Definitions::table));
    }
    delta.tableChanges().forEach(table -> addTable(changes, table));
    changes.sort(ORDER);
    return changes;
  }

  private static void addTable(List<Change> changes, TableDelta table) {
    String owner = table.after().name().toString();
    if (table.commentChanged()) {
      changes.add(
          new Change(
              ObjectType.TABLE,
              ChangeType.CHANGED,
              owner,
              table.after().name().name(),
              comment(table.before()),
              comment(table.after())));
    }
    add(changes, ObjectType.COLUMN, table.columns(), owner, Column::name, Definitions::column);
    add(
        changes,
        ObjectType.PRIMARY_KEY,
        table.primaryKey(),
        owner,
        key -> key.name() == null ? "PRIMARY KEY" : key.name(),
        Definitions::primaryKey);
    add(
        changes,
        ObjectType.UNIQUE,
        table.uniques(),
        owner,
        UniqueConstraint::name,
        Definitions::unique);
    add(
        changes,
        ObjectType.CHECK,
        table.checks(),
        owner,
        CheckConstraint::name,
        Definitions::check);
    add(changes, ObjectType.INDEX, table.indexes(), owner, Index::name, Definitions::index);
    add(
        changes,
        ObjectType.FOREIGN_KEY,
        table.foreignKeys(),
        owner,
        ForeignKey::name,
        Definitions::foreignKey);
  }

  private static String comment(Table table) {
    return table.comment() == null ? null : "COMMENT '" + table.comment() + "'";
  }

  private static <T> void add(
      List<Change> changes,
      ObjectType type,
      List<Delta<T>> deltas,
      String owner,
      Function<T, String> name,
      Function<T, String> text) {
    for (Delta<T> delta : deltas) {
      changes.add(change(type, delta, owner, name.apply(delta.current()), text));
    }
  }

  private static <T> Change change(
      ObjectType type, Delta<T> delta, String owner, String name, Function<T, String> text) {
    return new Change(
        type,
        delta.change(),
        owner,
        name,
        delta.before() == null ? null : Definitions.shorten(text.apply(delta.before())),
        delta.after() == null ? null : Definitions.shorten(text.apply(delta.after())));
  }
}
