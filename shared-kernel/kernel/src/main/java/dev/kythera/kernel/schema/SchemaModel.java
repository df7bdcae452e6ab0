package dev.kythera.kernel.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The canonical, engine-neutral model of a database's schema: what introspection produces, what
 * snapshots store and what every other capability (graph, health, seed, docs) reads.
 *
 * @param engine engine wire name ({@code postgresql}, {@code mysql}, {@code sqlite})
 * @param serverVersion version string the server reports
 * @param database database (catalog) name or SQLite file name
 * @param schemas schemas that were read
 * @param tables tables and views, sorted by name
 * @param enums named enum types
 * @param sequences sequences
 */
public record SchemaModel(
    String engine,
    String serverVersion,
    String database,
    List<String> schemas,
    List<Table> tables,
    List<EnumType> enums,
    List<Sequence> sequences) {

  public SchemaModel {
    schemas = List.copyOf(schemas);
    tables = tables.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    enums = enums == null ? List.of() : List.copyOf(enums);
    sequences = sequences == null ? List.of() : List.copyOf(sequences);
  }

  public Optional<Table> table(QualifiedName name) {
    return tables.stream().filter(table -> table.name().equals(name)).findFirst();
  }

  /** Tables by name, for callers that look many up. */
  public Map<QualifiedName, Table> tablesByName() {
    return tables.stream().collect(Collectors.toMap(Table::name, Function.identity()));
  }

  /** Number of foreign keys across all tables. */
  public int foreignKeyCount() {
    return tables.stream().mapToInt(table -> table.foreignKeys().size()).sum();
  }
}
