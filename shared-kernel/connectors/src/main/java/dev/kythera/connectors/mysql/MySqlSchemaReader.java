package dev.kythera.connectors.mysql;

import dev.kythera.connectors.mysql.MySqlCatalogQueries.SchemaFilter;
import dev.kythera.kernel.schema.CheckConstraint;
import dev.kythera.kernel.schema.Column;
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
import dev.kythera.kernel.schema.TypeCategory;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads MySQL/MariaDB's information_schema into the canonical model with seven queries (see {@link
 * MySqlCatalogQueries}), whatever the number of tables. A database is a schema here: the model's
 * schema of a table is its database.
 */
final class MySqlSchemaReader {
  /** MariaDB's automatic check on a JSON column: {@code json_valid(`payload`)}. */
  private static final Pattern JSON_VALID =
      Pattern.compile("^json_valid\\(`((?:[^`]|``)+)`\\)$", Pattern.CASE_INSENSITIVE);

  private final Connection connection;
  private final MySqlServer server;
  private final Map<QualifiedName, TableBuilder> tables = new LinkedHashMap<>();
  private final Set<String> jsonColumns = new HashSet<>();

  MySqlSchemaReader(Connection connection, MySqlServer server) {
    this.connection = connection;
    this.server = server;
  }

  SchemaModel read(List<String> schemas) throws SQLException {
    String current = connection.getCatalog();
    List<String> wanted = schemas;
    if (wanted.isEmpty() && current != null && !current.isEmpty()) {
      wanted = List.of(current);
    }
    SchemaFilter filter = new SchemaFilter(wanted);
    readTables(filter);
    readViews(filter);
    if (server.hasCheckConstraints()) {
      readChecks(filter);
    }
    readColumns(filter);
    readKeys(filter);
    readReferentialRules(filter);
    readIndexes(filter);

    TreeSet<String> schemaNames = new TreeSet<>(wanted);
    tables.values().forEach(table -> schemaNames.add(table.name.schema()));
    List<Sequence> sequences = new ArrayList<>();
    tables.values().forEach(table -> table.sequence().ifPresent(sequences::add));
    return new SchemaModel(
        "mysql",
        server.displayName(),
        current != null ? current : wanted.isEmpty() ? "" : wanted.get(0),
        List.copyOf(schemaNames),
        tables.values().stream().map(TableBuilder::build).toList(),
        List.of(),
        sequences);
  }

  private void readTables(SchemaFilter filter) throws SQLException {
    try (PreparedStatement statement = prepare(MySqlCatalogQueries.tables(filter), filter);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        TableBuilder table = new TableBuilder();
        table.name =
            new QualifiedName(rows.getString("TABLE_SCHEMA"), rows.getString("TABLE_NAME"));
        table.kind = "VIEW".equals(rows.getString("TABLE_TYPE")) ? TableKind.VIEW : TableKind.TABLE;
        if (table.kind == TableKind.TABLE) {
          table.comment = emptyToNull(rows.getString("TABLE_COMMENT"));
          table.rowEstimate = longOr(rows, "TABLE_ROWS", -1);
          long data = longOr(rows, "DATA_LENGTH", -1);
          long index = longOr(rows, "INDEX_LENGTH", 0);
          table.sizeBytes = data < 0 ? -1 : data + index;
          long next = longOr(rows, "AUTO_INCREMENT", -1);
          table.nextAutoIncrement = next < 0 ? null : next;
          table.autoIncrementStep = Math.max(1, longOr(rows, "AUTO_INCREMENT_STEP", 1));
        } else {
          table.rowEstimate = -1;
          table.sizeBytes = -1;
        }
        tables.put(table.name, table);
      }
    }
  }

  private void readViews(SchemaFilter filter) throws SQLException {
    try (PreparedStatement statement = prepare(MySqlCatalogQueries.views(filter), filter);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        TableBuilder view = table(rows, "TABLE_SCHEMA");
        if (view != null) {
          view.viewDefinition = emptyToNull(rows.getString("VIEW_DEFINITION"));
        }
      }
    }
  }

  private void readChecks(SchemaFilter filter) throws SQLException {
    try (PreparedStatement statement = prepare(MySqlCatalogQueries.checks(server, filter), filter);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        TableBuilder table = table(rows, "TABLE_SCHEMA");
        if (table == null) {
          continue;
        }
        String name = rows.getString("CONSTRAINT_NAME");
        String clause = rows.getString("CHECK_CLAUSE");
        String level = rows.getString("LEVEL");
        // MariaDB stores a JSON column as LONGTEXT plus an automatic column-level check
        // json_valid(`column`), named after the column. It is how the type is spelt there, not a
        // rule someone wrote: drop it and mark the column as JSON. Real (table-level) checks stay.
        Matcher json = JSON_VALID.matcher(clause == null ? "" : clause.strip());
        if (server.mariaDb()
            && json.matches()
            && (level == null || level.equalsIgnoreCase("Column"))
            && json.group(1).replace("``", "`").equals(name)) {
          jsonColumns.add(key(table.name, name));
          continue;
        }
        table.checks.add(new CheckConstraint(name, clause));
      }
    }
  }

  private void readColumns(SchemaFilter filter) throws SQLException {
    try (PreparedStatement statement = prepare(MySqlCatalogQueries.columns(filter), filter);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        TableBuilder table = table(rows, "TABLE_SCHEMA");
        if (table != null) {
          table.columns.add(column(table, rows));
        }
      }
    }
  }

  private Column column(TableBuilder table, ResultSet rows) throws SQLException {
    String name = rows.getString("COLUMN_NAME");
    String dataType = rows.getString("DATA_TYPE");
    String columnType = rows.getString("COLUMN_TYPE");
    String extra = rows.getString("EXTRA");
    TypeCategory category = MySqlTypes.category(dataType, columnType);
    String shownType = columnType;
    if (jsonColumns.contains(key(table.name, name))) {
      category = TypeCategory.JSON;
      shownType = "json";
    }
    String generation = emptyToNull(rows.getString("GENERATION_EXPRESSION"));
    boolean autoIncrement =
        extra != null && extra.toLowerCase(Locale.ROOT).contains("auto_increment");
    if (autoIncrement) {
      table.autoIncrementColumn = name;
      table.autoIncrementDataType = dataType;
      table.autoIncrementMax = MySqlTypes.maxValue(dataType, columnType);
    }
    boolean decimal = category == TypeCategory.DECIMAL;
    return new Column(
        name,
        rows.getInt("ORDINAL_POSITION"),
        shownType,
        category,
        MySqlTypes.length(dataType, longOrNull(rows, "CHARACTER_MAXIMUM_LENGTH")),
        decimal ? intOrNull(rows, "NUMERIC_PRECISION") : null,
        decimal ? intOrNull(rows, "NUMERIC_SCALE") : null,
        "YES".equals(rows.getString("IS_NULLABLE")),
        generation != null
            ? null
            : MySqlTypes.defaultValue(
                rows.getString("COLUMN_DEFAULT"), server.mariaDb(), extra, category),
        autoIncrement ? Identity.AUTO_INCREMENT : Identity.NONE,
        generation,
        category == TypeCategory.ENUM ? MySqlTypes.enumValues(columnType) : List.of(),
        emptyToNull(rows.getString("COLUMN_COMMENT")));
  }

  private void readKeys(SchemaFilter filter) throws SQLException {
    Map<String, KeyBuilder> keys = new LinkedHashMap<>();
    try (PreparedStatement statement = prepare(MySqlCatalogQueries.keyColumns(filter), filter);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        TableBuilder table = table(rows, "TABLE_SCHEMA");
        if (table == null) {
          continue;
        }
        String name = rows.getString("CONSTRAINT_NAME");
        String referencedTable = rows.getString("REFERENCED_TABLE_NAME");
        boolean foreign = referencedTable != null;
        KeyBuilder key =
            keys.computeIfAbsent(
                key(table.name, name) + (foreign ? "\0f" : "\0k"),
                ignored -> new KeyBuilder(table, name));
        key.columns.add(rows.getString("COLUMN_NAME"));
        if (foreign) {
          key.referencedTable =
              new QualifiedName(rows.getString("REFERENCED_TABLE_SCHEMA"), referencedTable);
          key.referencedColumns.add(rows.getString("REFERENCED_COLUMN_NAME"));
        }
      }
    }
    for (KeyBuilder key : keys.values()) {
      if (key.referencedTable != null) {
        key.table.foreignKeys.put(key.name, key);
      } else if ("PRIMARY".equals(key.name)) {
        key.table.primaryKey = new PrimaryKey(key.name, key.columns);
      } else {
        key.table.uniques.add(new UniqueConstraint(key.name, key.columns));
      }
    }
  }

  private void readReferentialRules(SchemaFilter filter) throws SQLException {
    try (PreparedStatement statement =
            prepare(MySqlCatalogQueries.referentialRules(filter), filter);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        TableBuilder table = table(rows, "CONSTRAINT_SCHEMA");
        KeyBuilder key =
            table == null ? null : table.foreignKeys.get(rows.getString("CONSTRAINT_NAME"));
        if (key != null) {
          key.onDelete = action(rows.getString("DELETE_RULE"));
          key.onUpdate = action(rows.getString("UPDATE_RULE"));
        }
      }
    }
  }

  private void readIndexes(SchemaFilter filter) throws SQLException {
    Map<String, IndexBuilder> indexes = new LinkedHashMap<>();
    try (PreparedStatement statement =
            prepare(MySqlCatalogQueries.indexColumns(server, filter), filter);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        TableBuilder table = table(rows, "TABLE_SCHEMA");
        if (table == null) {
          continue;
        }
        String name = rows.getString("INDEX_NAME");
        IndexBuilder index = indexes.get(key(table.name, name));
        if (index == null) {
          index = new IndexBuilder(table, name);
          index.unique = longOr(rows, "NON_UNIQUE", 1) == 0;
          index.method = lowerOrNull(rows.getString("INDEX_TYPE"));
          indexes.put(key(table.name, name), index);
        }
        index.columns.add(indexEntry(rows));
      }
    }
    for (IndexBuilder index : indexes.values()) {
      index.table.indexes.add(
          new Index(
              index.name,
              index.columns,
              index.unique,
              "PRIMARY".equals(index.name),
              null,
              index.method,
              null,
              null));
    }
  }

  /** A column name, {@code name(length)} for a prefix, or the expression of a functional part. */
  private static String indexEntry(ResultSet rows) throws SQLException {
    String column = rows.getString("COLUMN_NAME");
    if (column == null) {
      String expression = rows.getString("EXPRESSION");
      return expression == null ? "?" : expression;
    }
    long prefix = longOr(rows, "SUB_PART", -1);
    return prefix > 0 ? column + "(" + prefix + ")" : column;
  }

  private PreparedStatement prepare(String sql, SchemaFilter filter) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      filter.bind(statement);
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  private TableBuilder table(ResultSet rows, String schemaColumn) throws SQLException {
    return tables.get(
        new QualifiedName(rows.getString(schemaColumn), rows.getString("TABLE_NAME")));
  }

  private static String key(QualifiedName table, String part) {
    return table.schema() + "\0" + table.name() + "\0" + part;
  }

  private static ReferentialAction action(String rule) {
    if (rule == null) {
      return ReferentialAction.NO_ACTION;
    }
    return switch (rule.toUpperCase(Locale.ROOT)) {
      case "CASCADE" -> ReferentialAction.CASCADE;
      case "SET NULL" -> ReferentialAction.SET_NULL;
      case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
      case "RESTRICT" -> ReferentialAction.RESTRICT;
      default -> ReferentialAction.NO_ACTION;
    };
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static String lowerOrNull(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  private static long longOr(ResultSet rows, String column, long otherwise) throws SQLException {
    long value = rows.getLong(column);
    return rows.wasNull() ? otherwise : value;
  }

  private static Long longOrNull(ResultSet rows, String column) throws SQLException {
    long value = rows.getLong(column);
    return rows.wasNull() ? null : value;
  }

  private static Integer intOrNull(ResultSet rows, String column) throws SQLException {
    int value = rows.getInt(column);
    return rows.wasNull() ? null : value;
  }

  /** The columns of one PRIMARY KEY, UNIQUE or FOREIGN KEY constraint, in order. */
  private static final class KeyBuilder {
    final TableBuilder table;
    final String name;
    final List<String> columns = new ArrayList<>();
    final List<String> referencedColumns = new ArrayList<>();
    QualifiedName referencedTable;
    ReferentialAction onDelete = ReferentialAction.NO_ACTION;
    ReferentialAction onUpdate = ReferentialAction.NO_ACTION;

    KeyBuilder(TableBuilder table, String name) {
      this.table = table;
      this.name = name;
    }

    ForeignKey toForeignKey() {
      // InnoDB checks foreign keys row by row: none is deferrable.
      return new ForeignKey(
          name, columns, referencedTable, referencedColumns, onDelete, onUpdate, false, false);
    }
  }

  private static final class IndexBuilder {
    final TableBuilder table;
    final String name;
    final List<String> columns = new ArrayList<>();
    boolean unique;
    String method;

    IndexBuilder(TableBuilder table, String name) {
      this.table = table;
      this.name = name;
    }
  }

  /** Collects one table's parts while the queries stream past. */
  private static final class TableBuilder {
    QualifiedName name;
    TableKind kind;
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final Map<String, KeyBuilder> foreignKeys = new HashMap<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    String comment;
    long rowEstimate;
    long sizeBytes;
    String viewDefinition;
    Long nextAutoIncrement;
    long autoIncrementStep = 1;
    String autoIncrementColumn;
    String autoIncrementDataType;
    long autoIncrementMax;

    /**
     * The auto-increment counter seen as a sequence, named as PostgreSQL names a serial's ({@code
     * table_column_seq}). TABLES.AUTO_INCREMENT is the next value; 1 means none was handed out yet.
     */
    Optional<Sequence> sequence() {
      if (autoIncrementColumn == null || nextAutoIncrement == null) {
        return Optional.empty();
      }
      Long last = nextAutoIncrement > 1 ? nextAutoIncrement - 1 : null;
      return Optional.of(
          new Sequence(
              new QualifiedName(name.schema(), name.name() + "_" + autoIncrementColumn + "_seq"),
              autoIncrementDataType,
              last,
              autoIncrementMax,
              autoIncrementStep,
              name.schema() + "." + name.name() + "." + autoIncrementColumn));
    }

    Table build() {
      List<ForeignKey> keys =
          new ArrayList<>(foreignKeys.values().stream().map(KeyBuilder::toForeignKey).toList());
      keys.sort(Comparator.comparing(ForeignKey::name));
      uniques.sort(Comparator.comparing(UniqueConstraint::name));
      checks.sort(Comparator.comparing(CheckConstraint::name));
      indexes.sort(Comparator.comparing(Index::name));
      return new Table(
          name,
          kind,
          columns,
          primaryKey,
          keys,
          uniques,
          checks,
          indexes,
          comment,
          rowEstimate,
          sizeBytes,
          viewDefinition,
          null);
    }
  }
}
