package dev.kythera.introspection.domain.docs;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.ReferentialAction;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every dictionary format derives from a model: key flags per column, the foreign keys that
 * point at each table, uniqueness of key column sets and summary counts.
 */
final class DictionaryFacts {
  private final SchemaModel model;
  private final Map<QualifiedName, List<Reference>> referencedBy = new HashMap<>();

  /** A foreign key of {@code child} that points at the table being described. */
  record Reference(Table child, ForeignKey key) {}

  DictionaryFacts(SchemaModel model) {
    this.model = model;
    for (Table table : model.tables()) {
      for (ForeignKey key : table.foreignKeys()) {
        referencedBy
            .computeIfAbsent(key.referencedTable(), name -> new ArrayList<>())
            .add(new Reference(table, key));
      }
    }
    referencedBy.values().forEach(list -> list.sort((a, b) -> compare(a, b)));
  }

  private static int compare(Reference a, Reference b) {
    int byTable = a.child().name().compareTo(b.child().name());
    return byTable != 0
        ? byTable
        : String.valueOf(a.key().name()).compareTo(String.valueOf(b.key().name()));
  }

  SchemaModel model() {
    return model;
  }

  List<Reference> referencedBy(Table table) {
    return referencedBy.getOrDefault(table.name(), List.of());
  }

  List<Table> tablesIn(String schema) {
    return model.tables().stream().filter(t -> t.name().schema().equals(schema)).toList();
  }

  /** PK, FK and UQ flags of a column, in that order. */
  List<String> keyFlags(Table table, Column column) {
    List<String> flags = new ArrayList<>();
    if (table.primaryKey() != null && table.primaryKey().columns().contains(column.name())) {
      flags.add("PK");
    }
    if (table.foreignKeys().stream().anyMatch(key -> key.columns().contains(column.name()))) {
      flags.add("FK");
    }
    if (uniqueColumnSets(table).stream().anyMatch(set -> set.contains(column.name()))) {
      flags.add("UQ");
    }
    return flags;
  }

  /** Column sets that are unique: UNIQUE constraints and full unique indexes (not the PK). */
  static List<Set<String>> uniqueColumnSets(Table table) {
    List<Set<String>> sets = new ArrayList<>();
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      sets.add(new HashSet<>(unique.columns()));
    }
    for (Index index : table.indexes()) {
      if (index.unique() && !index.primary() && index.predicate() == null) {
        Set<String> columns = new HashSet<>(index.columns());
        if (!sets.contains(columns)) {
          sets.add(columns);
        }
      }
    }
    return sets;
  }

  /** True when the foreign key's columns can hold each value only once (one-to-one). */
  static boolean uniqueKey(Table table, ForeignKey key) {
    Set<String> columns = new HashSet<>(key.columns());
    if (table.primaryKey() != null && columns.equals(new HashSet<>(table.primaryKey().columns()))) {
      return true;
    }
    return uniqueColumnSets(table).contains(columns);
  }

  /** True when every column of the foreign key allows NULL (the parent is optional). */
  static boolean optionalKey(Table table, ForeignKey key) {
    return key.columns().stream()
        .allMatch(name -> table.column(name).map(Column::nullable).orElse(false));
  }

  /** The type as shown in a dictionary, e.g. {@code integer (identity)}. */
  static String type(Column column) {
    String type = column.dataType();
    if (column.identity() == Identity.ALWAYS || column.identity() == Identity.BY_DEFAULT) {
      return type + " (identity)";
    }
    if (column.identity() == Identity.AUTO_INCREMENT) {
      return type + " (auto-increment)";
    }
    return column.generated() != null ? type + " (generated)" : type;
  }

  /** Default text: the expression, or the generation expression of a generated column. */
  static String defaultText(Column column) {
    if (column.generated() != null) {
      return "= " + column.generated();
    }
    return column.defaultValue();
  }

  static String action(ReferentialAction action) {
    return action.name().replace('_', ' ');
  }

  static String foreignKeyTarget(ForeignKey key) {
    return key.referencedTable() + " (" + String.join(", ", key.referencedColumns()) + ")";
  }

  int columnCount() {
    return model.tables().stream().mapToInt(t -> t.columns().size()).sum();
  }

  int indexCount() {
    return model.tables().stream().mapToInt(t -> t.indexes().size()).sum();
  }

  long tableCount() {
    return model.tables().stream().filter(t -> !t.isView()).count();
  }

  long viewCount() {
    return model.tables().stream().filter(Table::isView).count();
  }

  /** Schemas that hold at least one table, in the model's order plus any stragglers. */
  List<String> schemas() {
    List<String> schemas = new ArrayList<>(model.schemas());
    model.tables().stream()
        .map(t -> t.name().schema())
        .distinct()
        .filter(s -> !schemas.contains(s))
        .forEach(schemas::add);
    return schemas.stream().filter(s -> !tablesIn(s).isEmpty()).toList();
  }
}
