package dev.kythera.introspection.domain.heuristics;

import dev.kythera.kernel.schema.CheckConstraint;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the schema's lists of allowed values: named enum types, inline enum columns whose type is
 * not a named enum, CHECK constraints limiting a column to literals, and lookup tables (by {@link
 * TableRoleClassifier}). Generators use them to produce valid values; docs list them.
 */
public final class ReferenceDetector {
  private final TableRoleClassifier roles = new TableRoleClassifier();

  public List<ReferenceDefinition> detect(SchemaModel model) {
    List<ReferenceDefinition> found = new ArrayList<>();
    Set<String> enumTypeNames = new HashSet<>();
    for (EnumType type : model.enums()) {
      enumTypeNames.add(type.name().name());
      enumTypeNames.add(type.name().toString());
      found.add(
          new ReferenceDefinition(
              type.name().name(), ReferenceKind.ENUM_TYPE, type.name().toString(), type.values()));
    }
    for (Table table : model.tables()) {
      inlineEnums(table, enumTypeNames, found);
      checkLists(table, found);
    }
    lookupTables(model, found);
    return found;
  }

  private static void inlineEnums(
      Table table, Set<String> enumTypes, List<ReferenceDefinition> out) {
    for (Column column : table.columns()) {
      String type = column.dataType().replace("\"", "");
      if (!column.enumValues().isEmpty() && !enumTypes.contains(type)) {
        out.add(
            new ReferenceDefinition(
                table.name().name() + "_" + column.name(),
                ReferenceKind.ENUM_TYPE,
                table.name() + "." + column.name(),
                column.enumValues()));
      }
    }
  }

  private static void checkLists(Table table, List<ReferenceDefinition> out) {
    for (CheckConstraint check : table.checks()) {
      CheckListParser.parse(check.expression())
          .filter(list -> table.column(list.column()).isPresent())
          .ifPresent(
              list ->
                  out.add(
                      new ReferenceDefinition(
                          table.name().name() + "_" + list.column(),
                          ReferenceKind.CHECK_LIST,
                          table.name() + "." + list.column(),
                          list.values())));
    }
  }

  private void lookupTables(SchemaModel model, List<ReferenceDefinition> out) {
    Map<QualifiedName, Map<String, Integer>> referencedColumns = new HashMap<>();
    for (Table table : model.tables()) {
      for (ForeignKey key : table.foreignKeys()) {
        if (key.referencedColumns().size() == 1) {
          referencedColumns
              .computeIfAbsent(key.referencedTable(), name -> new HashMap<>())
              .merge(key.referencedColumns().get(0), 1, Integer::sum);
        }
      }
    }
    Map<QualifiedName, Table> tables = model.tablesByName();
    roles.classify(model).values().stream()
        .filter(role -> role.role() == TableRole.LOOKUP)
        .forEach(
            role -> {
              Table table = tables.get(role.table());
              String key = keyColumn(table, referencedColumns.getOrDefault(role.table(), Map.of()));
              out.add(
                  new ReferenceDefinition(
                      table.name().name(),
                      ReferenceKind.LOOKUP_TABLE,
                      table.name() + "." + key,
                      List.of()));
            });
  }

  /** The column other tables reference most, else the first primary-key column. */
  private static String keyColumn(Table table, Map<String, Integer> references) {
    return references.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElseGet(
            () ->
                table.primaryKey() != null
                    ? table.primaryKey().columns().get(0)
                    : table.columns().get(0).name());
  }
}
