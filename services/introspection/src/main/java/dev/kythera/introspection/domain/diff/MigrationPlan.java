package dev.kythera.introspection.domain.diff;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.TypeCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Walks a {@link SchemaDelta} in dependency order and asks a {@link Ddl} for each statement. */
final class MigrationPlan {
  private final SchemaDelta delta;
  private final Ddl ddl;

  MigrationPlan(SchemaDelta delta, Ddl ddl) {
    this.delta = delta;
    this.ddl = ddl;
  }

  /** Drops, children before parents: views, FKs, indexes, constraints, columns, tables, types. */
  List<String> drops() {
    List<String> out = new ArrayList<>();
    for (Delta<Table> table : delta.tables()) {
      if (table.before() != null && table.before().isView()) {
        out.add(ddl.dropView(table.before()));
      }
    }
    List<Table> removed = removedTables();
    Set<QualifiedName> removedNames = removed.stream().map(Table::name).collect(Collectors.toSet());
    for (TableDelta table : delta.tableChanges()) {
      for (Delta<ForeignKey> key : table.foreignKeys()) {
        if (key.before() != null) {
          out.add(ddl.dropForeignKey(table.before(), key.before()));
        }
      }
    }
    for (Table table : removed) {
      for (ForeignKey key : table.foreignKeys()) {
        boolean between = removedNames.contains(key.referencedTable());
        if (between && !key.referencedTable().equals(table.name()) && key.name() != null) {
          out.add(ddl.dropForeignKey(table, key));
        }
      }
    }
    for (TableDelta table : delta.tableChanges()) {
      table.indexes().stream()
          .map(Delta::before)
          .filter(Objects::nonNull)
          .forEach(index -> out.add(ddl.dropIndex(table.before(), index)));
    }
    for (TableDelta table : delta.tableChanges()) {
      Table owner = table.before();
      befores(table.checks()).forEach(check -> out.add(ddl.dropCheck(owner, check)));
      befores(table.uniques()).forEach(unique -> out.add(ddl.dropUnique(owner, unique)));
      befores(table.primaryKey()).forEach(key -> out.add(ddl.dropPrimaryKey(owner, key)));
    }
    for (TableDelta table : delta.tableChanges()) {
      for (Delta<Column> column : table.columns()) {
        if (column.after() == null || regenerated(column)) {
          out.add(ddl.dropColumn(table.before(), column.before()));
        }
      }
    }
    removed.forEach(table -> out.add(ddl.dropTable(table)));
    for (Delta<Sequence> sequence : delta.sequences()) {
      if (sequence.after() == null && sequence.before().ownedBy() == null) {
        out.addAll(ddl.dropSequence(sequence.before()));
      }
    }
    for (Delta<EnumType> type : delta.enums()) {
      if (type.after() == null) {
        out.addAll(ddl.dropEnum(type.before()));
      }
    }
    return out;
  }

  /** Creates and alters, parents before children, foreign keys and views last. */
  List<String> creates() {
    List<String> out = new ArrayList<>();
    for (Delta<EnumType> type : delta.enums()) {
      if (type.before() == null) {
        out.addAll(ddl.createEnum(type.after()));
      } else if (type.after() != null) {
        out.addAll(ddl.alterEnum(type.before(), type.after()));
        if (ddl.inlineEnums()) {
          out.addAll(modifyEnumColumns(type.after()));
        }
      }
    }
    for (Delta<Sequence> sequence : delta.sequences()) {
      Sequence now = sequence.after();
      if (now != null && now.ownedBy() == null) {
        out.addAll(sequence.before() == null ? ddl.createSequence(now) : ddl.alterSequence(now));
      }
    }
    List<Table> added = addedTables();
    added.forEach(table -> out.addAll(ddl.createTable(table)));
    for (TableDelta table : delta.tableChanges()) {
      for (Delta<Column> column : table.columns()) {
        if (column.before() == null || regenerated(column)) {
          out.addAll(ddl.addColumn(table.after(), column.after()));
        }
      }
    }
    for (TableDelta table : delta.tableChanges()) {
      for (Delta<Column> column : table.columns()) {
        if (column.change() == ChangeType.CHANGED && !regenerated(column)) {
          out.addAll(ddl.alterColumn(table.after(), column.before(), column.after()));
        }
      }
      if (table.commentChanged()) {
        out.addAll(ddl.tableComment(table.after()));
      }
    }
    for (TableDelta table : delta.tableChanges()) {
      Table owner = table.after();
      afters(table.primaryKey()).forEach(key -> out.add(ddl.addPrimaryKey(owner, key)));
      afters(table.uniques()).forEach(unique -> out.add(ddl.addUnique(owner, unique)));
      afters(table.checks()).forEach(check -> out.add(ddl.addCheck(owner, check)));
    }
    for (Table table : added) {
      Definitions.ownIndexes(table).forEach(index -> out.add(ddl.createIndex(table, index)));
    }
    for (TableDelta table : delta.tableChanges()) {
      afters(table.indexes()).forEach(index -> out.add(ddl.createIndex(table.after(), index)));
    }
    for (Table table : added) {
      table.foreignKeys().forEach(key -> out.add(ddl.addForeignKey(table, key)));
    }
    for (TableDelta table : delta.tableChanges()) {
      afters(table.foreignKeys()).forEach(key -> out.add(ddl.addForeignKey(table.after(), key)));
    }
    for (Delta<Table> view : delta.tables()) {
      if (view.after() != null && view.after().isView()) {
        String statement = ddl.createView(view.after());
        if (statement != null) {
          out.add(statement);
          if (view.after().comment() != null) {
            out.addAll(ddl.tableComment(view.after()));
          }
        }
      }
    }
    return out;
  }

  /** Columns of kept tables typed with a changed enum, re-declared with the new values. */
  private List<String> modifyEnumColumns(EnumType type) {
    Set<QualifiedName> kept =
        delta.from().tables().stream().map(Table::name).collect(Collectors.toSet());
    List<String> out = new ArrayList<>();
    for (Table table : delta.to().tables()) {
      if (!kept.contains(table.name()) || table.isView()) {
        continue;
      }
      for (Column column : table.columns()) {
        if (usesEnum(column, type)) {
          out.addAll(ddl.alterColumn(table, column, column));
        }
      }
    }
    return out;
  }

  private static boolean usesEnum(Column column, EnumType type) {
    String name = column.dataType().replace("\"", "");
    return column.category() == TypeCategory.ENUM
        && (name.equals(type.name().name()) || name.equals(type.name().toString()));
  }

  private List<Table> removedTables() {
    return delta.tables().stream()
        .filter(t -> t.after() == null && !t.before().isView())
        .map(Delta::before)
        .toList();
  }

  private List<Table> addedTables() {
    return delta.tables().stream()
        .filter(t -> t.before() == null && !t.after().isView())
        .map(Delta::after)
        .toList();
  }

  /** A generated column whose expression changed: engines cannot alter it, so it is re-added. */
  private static boolean regenerated(Delta<Column> column) {
    return column.change() == ChangeType.CHANGED
        && (column.before().generated() != null || column.after().generated() != null)
        && !Objects.equals(
            column.before().generated() == null
                ? null
                : Definitions.normalize(column.before().generated()),
            column.after().generated() == null
                ? null
                : Definitions.normalize(column.after().generated()));
  }

  private static <T> List<T> befores(List<Delta<T>> deltas) {
    return deltas.stream().map(Delta::before).filter(Objects::nonNull).toList();
  }

  private static <T> List<T> afters(List<Delta<T>> deltas) {
    return deltas.stream().map(Delta::after).filter(Objects::nonNull).toList();
  }
}
