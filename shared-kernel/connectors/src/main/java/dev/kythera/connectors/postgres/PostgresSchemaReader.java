package dev.kythera.connectors.postgres;

import dev.kythera.kernel.schema.CheckConstraint;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.PrimaryKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.ReferentialAction;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.TableKind;
import dev.kythera.kernel.schema.TableStatistics;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a PostgreSQL catalog into the canonical model with six queries on {@code pg_catalog}
 * (relations, columns, constraints, indexes, enums, sequences), whatever the number of tables (a
 * seventh only when foreign keys point into schemas that were not read). Sizes are the planner's
 * page counts (as of the last VACUUM/ANALYZE), not file sizes, which cost a file stat each. {@code
 * information_schema}'s constraint views are avoided: they take seconds per thousand tables.
 */
final class PostgresSchemaReader {
  private final Connection connection;
  private final Map<Long, TableBuilder> tables = new LinkedHashMap<>();
  private final Map<Long, EnumType> enumsByType = new HashMap<>();
  private final Map<Long, Map<Integer, String>> columnNames = new HashMap<>();

  PostgresSchemaReader(Connection connection) {
    this.connection = connection;
  }

  SchemaModel read(List<String> schemas) throws SQLException {
    String[] filter = schemas.toArray(String[]::new);
    readEnums(filter);
    readRelations(filter);
    readColumns(filter);
    readConstraints(filter);
    readIndexes(filter);
    List<Sequence> sequences = readSequences(filter);
    TreeSet<String> schemaNames = new TreeSet<>(schemas);
    tables.values().forEach(table -> schemaNames.add(table.name.schema()));
    return new SchemaModel(
        "postgresql",
        scalar("SHOW server_version"),
        scalar("SELECT current_database()"),
        List.copyOf(schemaNames),
        tables.values().stream().map(TableBuilder::build).toList(),
        List.copyOf(enumsByType.values()),
        sequences);
  }

  private void readEnums(String[] schemas) throws SQLException {
    Map<Long, List<String>> labels = new LinkedHashMap<>();
    Map<Long, QualifiedName> names = new HashMap<>();
    try (ResultSet rows = query(PostgresCatalogQueries.ENUMS, schemas)) {
      while (rows.next()) {
        long type = rows.getLong("type_oid");
        names.putIfAbsent(
            type, new QualifiedName(rows.getString("nspname"), rows.getString("typname")));
        labels.computeIfAbsent(type, key -> new ArrayList<>()).add(rows.getString("enumlabel"));
      }
    }
    labels.forEach((type, values) -> enumsByType.put(type, new EnumType(names.get(type), values)));
  }

  private void readRelations(String[] schemas) throws SQLException {
    try (ResultSet rows = query(PostgresCatalogQueries.RELATIONS, schemas)) {
      while (rows.next()) {
        TableBuilder table = new TableBuilder();
        table.name = new QualifiedName(rows.getString("nspname"), rows.getString("relname"));
        table.kind = kind(rows.getString("relkind"));
        long estimate = rows.getLong("reltuples");
        table.rowEstimate = estimate < 0 ? -1 : estimate;
        long size = rows.getLong("table_size");
        table.sizeBytes = rows.wasNull() ? -1 : size;
        table.comment = rows.getString("comment");
        table.viewDefinition = rows.getString("viewdef");
        long sequentialScans = rows.getLong("seq_scan");
        if (!rows.wasNull()) {
          table.statistics =
              new TableStatistics(
                  sequentialScans, 0, rows.getLong("n_tup_ins"), rows.getLong("n_tup_upd"));
        }
        tables.put(rows.getLong("oid"), table);
      }
    }
  }

  private void readColumns(String[] schemas) throws SQLException {
    try (ResultSet rows = query(PostgresCatalogQueries.COLUMNS, schemas)) {
      while (rows.next()) {
        long relation = rows.getLong("attrelid");
        TableBuilder table = tables.get(relation);
        if (table != null) {
          Column column = column(rows);
          table.columns.add(column);
          columnNames
              .computeIfAbsent(relation, key -> new HashMap<>())
              .put(column.position(), column.name());
        }
      }
    }
  }

  private Column column(ResultSet rows) throws SQLException {
    String typeName = rows.getString("base_typname");
    int modifier = rows.getInt("typmod");
    String defaultValue = rows.getString("default_expr");
    String generatedFlag = rows.getString("attgenerated");
    boolean generated = generatedFlag != null && !generatedFlag.isEmpty();
    EnumType enumType = enumsByType.get(rows.getLong("typoid"));
    return new Column(
        rows.getString("attname"),
        rows.getInt("attnum"),
        rows.getString("data_type"),
        PostgresTypes.category(typeName, rows.getString("typtype"), rows.getString("typcategory")),
        PostgresTypes.length(typeName, modifier),
        PostgresTypes.precision(typeName, modifier),
        PostgresTypes.scale(typeName, modifier),
        !rows.getBoolean("attnotnull"),
        generated ? null : defaultValue,
        identity(rows.getString("attidentity"), defaultValue),
        generated ? defaultValue : null,
        enumType == null ? List.of() : enumType.values(),
        rows.getString("comment"));
  }

  private static Identity identity(String flag, String defaultValue) {
    if ("a".equals(flag)) {
      return Identity.ALWAYS;
    }
    if ("d".equals(flag)) {
      return Identity.BY_DEFAULT;
    }
    // serial / bigserial: a default drawn from a sequence fills the column like auto-increment.
    return defaultValue != null && defaultValue.startsWith("nextval(")
        ? Identity.AUTO_INCREMENT
        : Identity.NONE;
  }

  private void readConstraints(String[] schemas) throws SQLException {
    List<Constraint> constraints = new ArrayList<>();
    try (ResultSet rows = query(PostgresCatalogQueries.CONSTRAINTS, schemas)) {
      while (rows.next()) {
        long relation = rows.getLong("conrelid");
        if (tables.containsKey(relation)) {
          constraints.add(Constraint.read(rows));
        }
      }
    }
    readForeignColumns(constraints);
    for (Constraint c : constraints) {
      TableBuilder table = tables.get(c.relation());
      List<String> columns = names(c.relation(), c.columns());
      switch (c.type()) {
        case "p" -> table.primaryKey = new PrimaryKey(c.name(), columns);
        case "u" -> table.uniques.add(new UniqueConstraint(c.name(), columns));
        case "c" ->
            table.checks.add(new CheckConstraint(c.name(), checkExpression(c.definition())));
        case "f" ->
            table.foreignKeys.add(
                new ForeignKey(
                    c.name(),
                    columns,
                    new QualifiedName(c.refSchema(), c.refTable()),
                    names(c.refRelation(), c.refColumns()),
                    action(c.onDelete()),
                    action(c.onUpdate()),
                    c.deferrable(),
                    c.deferred()));
        default -> {}
      }
    }
  }

  /** Names of columns of referenced tables outside the schemas read (one query, rarely run). */
  private void readForeignColumns(List<Constraint> constraints) throws SQLException {
    Long[] missing =
        constraints.stream()
            .filter(c -> c.type().equals("f") && !columnNames.containsKey(c.refRelation()))
            .map(Constraint::refRelation)
            .distinct()
            .toArray(Long[]::new);
    if (missing.length == 0) {
      return;
    }
    try (PreparedStatement statement =
        connection.prepareStatement(PostgresCatalogQueries.FOREIGN_COLUMNS)) {
      statement.setArray(1, connection.createArrayOf("bigint", missing));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          columnNames
              .computeIfAbsent(rows.getLong("attrelid"), key -> new HashMap<>())
              .put(rows.getInt("attnum"), rows.getString("attname"));
        }
      }
    }
  }

  private List<String> names(long relation, List<Integer> numbers) {
    Map<Integer, String> byNumber = columnNames.getOrDefault(relation, Map.of());
    return numbers.stream().map(n -> byNumber.getOrDefault(n, "#" + n)).toList();
  }

  /** One constraint row, with column numbers still to be named. */
  private record Constraint(
      long relation,
      String name,
      String type,
      List<Integer> columns,
      long refRelation,
      String refSchema,
      String refTable,
      List<Integer> refColumns,
      String onDelete,
      String onUpdate,
      boolean deferrable,
      boolean deferred,
      String definition) {

    static Constraint read(ResultSet rows) throws SQLException {
      return new Constraint(
          rows.getLong("conrelid"),
          rows.getString("conname"),
          rows.getString("contype"),
          numbers(rows, "conkey"),
          rows.getLong("confrelid"),
          rows.getString("ref_schema"),
          rows.getString("ref_table"),
          numbers(rows, "confkey"),
          rows.getString("confdeltype"),
          rows.getString("confupdtype"),
          rows.getBoolean("condeferrable"),
          rows.getBoolean("condeferred"),
          rows.getString("definition"));
    }

    private static List<Integer> numbers(ResultSet rows, String column) throws SQLException {
      java.sql.Array array = rows.getArray(column);
      if (array == null) {
        return List.of();
      }
      List<Integer> numbers = new ArrayList<>();
      for (Object value : (Object[]) array.getArray()) {
        numbers.add(((Number) value).intValue());
      }
      return numbers;
    }
  }

  private void readIndexes(String[] schemas) throws SQLException {
    try (ResultSet rows = query(PostgresCatalogQueries.INDEXES, schemas)) {
      while (rows.next()) {
        TableBuilder table = tables.get(rows.getLong("indrelid"));
        if (table == null) {
          continue;
        }
        long scans = rows.getLong("idx_scan");
        Long scanCount = rows.wasNull() ? null : scans;
        table.indexes.add(
            new Index(
                rows.getString("index_name"),
                strings(rows, "columns"),
                rows.getBoolean("indisunique"),
                rows.getBoolean("indisprimary"),
                rows.getString("predicate"),
                rows.getString("amname"),
                rows.getLong("index_size"),
                scanCount));
      }
    }
  }

  private List<Sequence> readSequences(String[] schemas) throws SQLException {
    List<Sequence> sequences = new ArrayList<>();
    try (ResultSet rows = query(PostgresCatalogQueries.SEQUENCES, schemas)) {
      while (rows.next()) {
        long last = rows.getLong("last_value");
        Long lastValue = rows.wasNull() ? null : last;
        sequences.add(
            new Sequence(
                new QualifiedName(rows.getString("schemaname"), rows.getString("sequencename")),
                rows.getString("data_type"),
                lastValue,
                rows.getLong("max_value"),
                rows.getLong("increment_by"),
                rows.getString("owned_by")));
      }
    }
    return sequences;
  }

  private ResultSet query(String sql, String[] schemas) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.closeOnCompletion();
    statement.setArray(1, connection.createArrayOf("text", schemas));
    statement.setArray(2, connection.createArrayOf("text", schemas));
    return statement.executeQuery();
  }

  private String scalar(String sql) throws SQLException {
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static List<String> strings(ResultSet rows, String column) throws SQLException {
    java.sql.Array array = rows.getArray(column);
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static String checkExpression(String definition) {
    String text = definition.replace(" NOT VALID", "");
    if (text.startsWith("CHECK (") && text.endsWith(")")) {
      return text.substring("CHECK (".length(), text.length() - 1);
    }
    return text;
  }

  private static TableKind kind(String relkind) {
    return switch (relkind) {
      case "v" -> TableKind.VIEW;
      case "m" -> TableKind.MATERIALIZED_VIEW;
      default -> TableKind.TABLE;
    };
  }

  private static ReferentialAction action(String code) {
    return switch (code) {
      case "r" -> ReferentialAction.RESTRICT;
      case "c" -> ReferentialAction.CASCADE;
      case "n" -> ReferentialAction.SET_NULL;
      case "d" -> ReferentialAction.SET_DEFAULT;
      default -> ReferentialAction.NO_ACTION;
    };
  }

  /** Collects one table's parts while the queries stream past. */
  private static final class TableBuilder {
    QualifiedName name;
    TableKind kind;
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    String comment;
    long rowEstimate;
    long sizeBytes;
    String viewDefinition;
    TableStatistics statistics;

    Table build() {
      long indexBytes = 0;
      long indexScans = 0;
      for (Index index : indexes) {
        indexBytes += index.sizeBytes() == null ? 0 : index.sizeBytes();
        indexScans += index.scans() == null ? 0 : index.scans();
      }
      long totalBytes = sizeBytes < 0 ? -1 : sizeBytes + indexBytes;
      TableStatistics counters =
          statistics == null
              ? null
              : new TableStatistics(
                  statistics.sequentialScans(),
                  indexScans,
                  statistics.inserts(),
                  statistics.updates());
      foreignKeys.sort((a, b) -> a.name().compareTo(b.name()));
      uniques.sort((a, b) -> a.name().compareTo(b.name()));
      checks.sort((a, b) -> a.name().compareTo(b.name()));
      indexes.sort((a, b) -> a.name().compareTo(b.name()));
      return new Table(
          name,
          kind,
          columns,
          primaryKey,
          foreignKeys,
          uniques,
          checks,
          indexes,
          comment,
          rowEstimate,
          sizeBytes,
          viewDefinition,
          statistics);
    }
  }
}
