package dev.kythera.connectors.sqlite;

import dev.kythera.connectors.sqlite.SqliteDdl.Check;
import dev.kythera.connectors.sqlite.SqliteDdl.ColumnDef;
import dev.kythera.connectors.sqlite.SqliteDdl.CreateIndex;
import dev.kythera.connectors.sqlite.SqliteDdl.CreateTable;
import dev.kythera.connectors.sqlite.SqliteDdl.ForeignKeyDef;
import dev.kythera.connectors.sqlite.SqliteDdl.KeyDef;
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
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads an SQLite database's {@code main} schema into the canonical model with five queries
 * (objects, table columns, view columns, foreign keys, index columns) plus one on sqlite_sequence
 * when the file has AUTOINCREMENT tables, whatever the number of tables: the table-valued pragma
 * functions are joined with sqlite_schema so that one query covers every table.
 *
 * <p>What the pragmas do not tell (CHECK constraints, constraint names, deferrable foreign keys,
 * generation expressions, AUTOINCREMENT, index expressions and predicates) comes from the DDL text
 * in sqlite_schema through {@link SqliteDdl}. SQLite names no constraint itself: unnamed ones get
 * the names PostgreSQL would give them ({@code table_column_check}, {@code table_column_fkey},
 * {@code table_column_key}), so that the same schema reads alike on both engines.
 */
final class SqliteSchemaReader {
  static final String SCHEMA = "main";

  private static final String OBJECTS =
      "SELECT type, name, tbl_name, sql FROM main.sqlite_schema"
          + " WHERE type IN ('table', 'view', 'index') ORDER BY name";

  /** Columns of ordinary tables; virtual tables are left out (their module may be missing). */
  private static final String TABLE_COLUMNS =
      "SELECT m.name AS table_name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk,"
          + " p.hidden FROM main.sqlite_schema m JOIN pragma_table_xinfo(m.name, 'main') p"
          + " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
          + " AND upper(m.sql) NOT LIKE 'CREATE VIRTUAL%'"
          + " ORDER BY m.name, p.cid";

  private static final String VIEW_COLUMNS =
      "SELECT m.name AS table_name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk,"
          + " p.hidden FROM main.sqlite_schema m JOIN pragma_table_xinfo(m.name, 'main') p"
          + " WHERE m.type = 'view' ORDER BY m.name, p.cid";

  private static final String ONE_VIEW_COLUMNS =
      "SELECT ? AS table_name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden"
          + " FROM pragma_table_xinfo(?, 'main') p ORDER BY p.cid";

  private static final String FOREIGN_KEYS =
      "SELECT m.name AS table_name, f.id, f.seq, f.\"table\" AS ref_table, f.\"from\","
          + " f.\"to\", f.on_update, f.on_delete"
          + " FROM main.sqlite_schema m JOIN pragma_foreign_key_list(m.name, 'main') f"
          + " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
          + " AND upper(m.sql) NOT LIKE 'CREATE VIRTUAL%'"
          + " ORDER BY m.name, f.id, f.seq";

  private static final String INDEX_COLUMNS =
      "SELECT m.name AS table_name, il.name AS index_name, il.\"unique\", il.origin, il.partial,"
          + " ii.seqno, ii.cid, ii.name AS column_name"
          + " FROM main.sqlite_schema m JOIN pragma_index_list(m.name, 'main') il"
          + " JOIN pragma_index_info(il.name, 'main') ii"
          + " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
          + " AND upper(m.sql) NOT LIKE 'CREATE VIRTUAL%'"
          + " ORDER BY m.name, il.name, ii.seqno";

  private static final String SEQUENCES = "SELECT name, seq FROM main.sqlite_sequence";

  private final Connection connection;
  private final Map<String, TableBuilder> tables = new LinkedHashMap<>();
  private final Map<String, String> indexSql = new HashMap<>();
  private boolean hasSequenceTable;

  SqliteSchemaReader(Connection connection) {
    this.connection = connection;
  }

  SchemaModel read(List<String> schemas, String serverVersion, String database)
      throws SQLException {
    boolean wantsMain =
        schemas.isEmpty() || schemas.stream().anyMatch(s -> s.equalsIgnoreCase(SCHEMA));
    if (!wantsMain) {
      return new SchemaModel(
          "sqlite", serverVersion, database, schemas, List.of(), List.of(), List.of());
    }
    readObjects();
    readColumns(TABLE_COLUMNS);
    readViewColumns();
    readForeignKeys();
    readIndexes();
    List<Sequence> sequences = readSequences();
    return new SchemaModel(
        "sqlite",
        serverVersion,
        database,
        List.of(SCHEMA),
        tables.values().stream().map(TableBuilder::build).toList(),
        List.of(),
        sequences);
  }

  private void readObjects() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(OBJECTS);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String type = rows.getString("type");
        String name = rows.getString("name");
        String sql = rows.getString("sql");
        if (type.equals("index")) {
          if (sql != null) {
            indexSql.put(name, sql);
          }
          continue;
        }
        if (name.equals("sqlite_sequence")) {
          hasSequenceTable = true;
        }
        if (name.startsWith("sqlite_")
            || (sql != null && sql.strip().toUpperCase(Locale.ROOT).startsWith("CREATE VIRTUAL"))) {
          continue;
        }
        TableBuilder table = new TableBuilder(new QualifiedName(SCHEMA, name));
        if (type.equals("view")) {
          table.kind = TableKind.VIEW;
          table.viewDefinition = viewSelect(sql);
        } else {
          table.kind = TableKind.TABLE;
          table.ddl = SqliteDdl.parseCreateTable(sql);
        }
        tables.put(name, table);
      }
    }
  }

  /**
   * View columns in one query; a view whose tables are gone makes that query fail, and then the
   * views are read one by one so that only the broken one goes without columns.
   */
  private void readViewColumns() throws SQLException {
    if (tables.values().stream().noneMatch(t -> t.kind == TableKind.VIEW)) {
      return;
    }
    try {
      readColumns(VIEW_COLUMNS);
      return;
    } catch (SQLException broken) {
      tables.values().stream()
          .filter(t -> t.kind == TableKind.VIEW)
          .forEach(t -> t.rawColumns.clear());
    }
    for (TableBuilder view : tables.values()) {
      if (view.kind != TableKind.VIEW) {
        continue;
      }
      try (PreparedStatement statement = connection.prepareStatement(ONE_VIEW_COLUMNS)) {
        statement.setString(1, view.name.name());
        statement.setString(2, view.name.name());
        try (ResultSet rows = statement.executeQuery()) {
          collectColumns(rows);
        }
      } catch (SQLException broken) {
        view.rawColumns.clear();
      }
    }
  }

  private void readColumns(String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      collectColumns(rows);
    }
  }

  private void collectColumns(ResultSet rows) throws SQLException {
    while (rows.next()) {
      TableBuilder table = tables.get(rows.getString("table_name"));
      if (table == null) {
        continue;
      }
      String defaultValue = rows.getString("dflt_value");
      table.rawColumns.add(
          new RawColumn(
              rows.getInt("cid"),
              rows.getString("name"),
              rows.getString("type") == null ? "" : rows.getString("type"),
              rows.getInt("notnull") != 0,
              defaultValue,
              rows.getInt("pk"),
              rows.getInt("hidden")));
    }
  }

  private void readForeignKeys() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(FOREIGN_KEYS);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        TableBuilder table = tables.get(rows.getString("table_name"));
        if (table == null) {
          continue;
        }
        RawForeignKey key =
            table.rawForeignKeys.computeIfAbsent(rows.getInt("id"), id -> new RawForeignKey());
        key.referencedTable = rows.getString("ref_table");
        key.columns.add(rows.getString("from"));
        key.referencedColumns.add(rows.getString("to"));
        key.onUpdate = action(rows.getString("on_update"));
        key.onDelete = action(rows.getString("on_delete"));
      }
    }
  }

  private void readIndexes() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(INDEX_COLUMNS);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        TableBuilder table = tables.get(rows.getString("table_name"));
        if (table == null) {
          continue;
        }
        String name = rows.getString("index_name");
        RawIndex index = table.rawIndexes.get(name);
        if (index == null) {
          index = new RawIndex(name);
          index.unique = rows.getInt("unique") != 0;
          index.origin = rows.getString("origin");
          index.partial = rows.getInt("partial") != 0;
          index.ddl = SqliteDdl.parseCreateIndex(indexSql.get(name));
          table.rawIndexes.put(name, index);
        }
        int seqno = rows.getInt("seqno");
        int cid = rows.getInt("cid");
        String column = rows.getString("column_name");
        if (column == null) {
          // cid -2: an expression, only written in the CREATE INDEX text; cid -1: the rowid
          List<String> written = index.ddl.entries();
          column = cid == -1 ? "rowid" : seqno < written.size() ? written.get(seqno) : "?";
        }
        index.columns.add(column);
      }
    }
  }

  private List<Sequence> readSequences() throws SQLException {
    Map<String, Long> lastValues = new HashMap<>();
    if (hasSequenceTable) {
      try (PreparedStatement statement = connection.prepareStatement(SEQUENCES);
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          lastValues.put(rows.getString("name"), rows.getLong("seq"));
        }
      }
    }
    List<Sequence> sequences = new ArrayList<>();
    for (TableBuilder table : tables.values()) {
      if (table.ddl == null) {
        continue;
      }
      for (ColumnDef column : table.ddl.columns()) {
        if (column.autoincrement()) {
          String tableName = table.name.name();
          sequences.add(
              new Sequence(
                  new QualifiedName(SCHEMA, tableName + "_" + column.name() + "_seq"),
                  "integer",
                  lastValues.get(tableName),
                  Long.MAX_VALUE,
                  1,
                  SCHEMA + "." + tableName + "." + column.name()));
        }
      }
    }
    return sequences;
  }

  /** The SELECT of a {@code CREATE VIEW name AS SELECT ...} statement. */
  static String viewSelect(String sql) {
    if (sql == null) {
      return null;
    }
    for (SqliteDdl.Token token : SqliteDdl.tokenize(sql)) {
      if (token.isWord("AS")) {
        return sql.substring(token.end()).strip();
      }
    }
    return sql;
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

  private record RawColumn(
      int cid,
      String name,
      String type,
      boolean notNull,
      String defaultValue,
      int primaryKeyPosition,
      int hidden) {}

  private static final class RawForeignKey {
    String referencedTable;
    final List<String> columns = new ArrayList<>();
    final List<String> referencedColumns = new ArrayList<>();
    ReferentialAction onDelete;
    ReferentialAction onUpdate;
  }

  private static final class RawIndex {
    final String name;
    final List<String> columns = new ArrayList<>();
    boolean unique;
    String origin;
    boolean partial;
    CreateIndex ddl;

    RawIndex(String name) {
      this.name = name;
    }
  }

  /** Collects one table's parts, then joins pragma rows with what the DDL says. */
  private final class TableBuilder {
    final QualifiedName name;
    TableKind kind;
    CreateTable ddl;
    String viewDefinition;
    final List<RawColumn> rawColumns = new ArrayList<>();
    final Map<Integer, RawForeignKey> rawForeignKeys = new TreeMap<>();
    final Map<String, RawIndex> rawIndexes = new LinkedHashMap<>();
    final Set<String> usedNames = new HashSet<>();

    TableBuilder(QualifiedName name) {
      this.name = name;
    }

    Table build() {
      CreateTable declared = ddl == null ? CreateTable.EMPTY : ddl;
      List<String> primaryKeyColumns = primaryKeyColumns();
      boolean rowidAlias =
          !declared.withoutRowid()
              && kind == TableKind.TABLE
              && primaryKeyColumns.size() == 1
              && rawColumns.stream()
                  .anyMatch(
                      c -> c.primaryKeyPosition() == 1 && c.type().equalsIgnoreCase("INTEGER"));
      List<Column> columns = new ArrayList<>();
      for (RawColumn raw : rawColumns) {
        columns.add(column(raw, declared, rowidAlias));
      }
      PrimaryKey primaryKey =
          primaryKeyColumns.isEmpty()
              ? null
              : new PrimaryKey(
                  declared.primaryKey() == null ? null : declared.primaryKey().name(),
                  primaryKeyColumns);
      List<CheckConstraint> checks = checks(declared);
      List<ForeignKey> foreignKeys = foreignKeys(declared);
      List<UniqueConstraint> uniques = new ArrayList<>();
      List<Index> indexes = new ArrayList<>();
      for (RawIndex index : rawIndexes.values()) {
        if ("u".equals(index.origin)) {
          uniques.add(new UniqueConstraint(uniqueName(declared, index.columns), index.columns));
        }
        indexes.add(
            new Index(
                index.name,
                index.columns,
                index.unique,
                "pk".equals(index.origin),
                index.partial ? index.ddl.predicate() : null,
                "btree",
                null,
                null));
      }
      uniques.sort(Comparator.comparing(UniqueConstraint::name));
      indexes.sort(Comparator.comparing(Index::name));
      return new Table(
          name,
          kind,
          columns,
          primaryKey,
          foreignKeys,
          uniques,
          checks,
          indexes,
          null,
          -1,
          -1,
          viewDefinition,
          null);
    }

    private List<String> primaryKeyColumns() {
      return rawColumns.stream()
          .filter(c -> c.primaryKeyPosition() > 0)
          .sorted(Comparator.comparingInt(RawColumn::primaryKeyPosition))
          .map(RawColumn::name)
          .toList();
    }

    private Column column(RawColumn raw, CreateTable declared, boolean rowidAlias) {
      ColumnDef definition = declared.column(raw.name());
      // hidden: 0 normal, 1 hidden column of a virtual table, 2 generated VIRTUAL, 3 STORED
      boolean generated = raw.hidden() == 2 || raw.hidden() == 3;
      String expression = null;
      if (generated) {
        expression =
            definition != null && definition.generated() != null ? definition.generated() : "?";
      }
      boolean filledByRowid = rowidAlias && raw.primaryKeyPosition() == 1;
      // A rowid alias and the key of a WITHOUT ROWID table cannot be NULL; other primary key
      // columns of rowid tables can (an old SQLite quirk), unless declared NOT NULL.
      boolean nullable =
          !raw.notNull()
              && !filledByRowid
              && !(declared.withoutRowid() && raw.primaryKeyPosition() > 0);
      return new Column(
          raw.name(),
          raw.cid() + 1,
          raw.type(),
          SqliteTypes.category(raw.type()),
          SqliteTypes.length(raw.type()),
          SqliteTypes.precision(raw.type()),
          SqliteTypes.scale(raw.type()),
          nullable,
          generated ? null : raw.defaultValue(),
          filledByRowid ? Identity.AUTO_INCREMENT : Identity.NONE,
          expression,
          List.of(),
          null);
    }

    private List<CheckConstraint> checks(CreateTable declared) {
      List<CheckConstraint> checks = new ArrayList<>();
      for (Check check : declared.checks()) {
        String checkName = check.name();
        if (checkName == null) {
          checkName =
              unique(
                  check.column() == null
                      ? name.name() + "_check"
                      : name.name() + "_" + check.column() + "_check");
        }
        usedNames.add(checkName);
        checks.add(new CheckConstraint(checkName, check.expression()));
      }
      checks.sort(Comparator.comparing(CheckConstraint::name));
      return checks;
    }

    private List<ForeignKey> foreignKeys(CreateTable declared) {
      List<ForeignKeyDef> unmatched = new ArrayList<>(declared.foreignKeys());
      List<ForeignKey> keys = new ArrayList<>();
      for (RawForeignKey raw : rawForeignKeys.values()) {
        ForeignKeyDef definition = matchForeignKey(unmatched, raw);
        List<String> referencedColumns = referencedColumns(raw);
        String keyName =
            definition != null && definition.name() != null
                ? definition.name()
                : unique(name.name() + "_" + String.join("_", raw.columns) + "_fkey");
        usedNames.add(keyName);
        keys.add(
            new ForeignKey(
                keyName,
                raw.columns,
                new QualifiedName(SCHEMA, parentName(raw.referencedTable)),
                referencedColumns,
                raw.onDelete,
                raw.onUpdate,
                definition != null && definition.deferrable(),
                definition != null && definition.initiallyDeferred()));
      }
      keys.sort(Comparator.comparing(ForeignKey::name));
      return keys;
    }

    /** The declared clause for a pragma foreign key: same columns and referenced table. */
    private ForeignKeyDef matchForeignKey(List<ForeignKeyDef> candidates, RawForeignKey raw) {
      for (ForeignKeyDef candidate : candidates) {
        if (candidate.referencedTable().equalsIgnoreCase(raw.referencedTable)
            && sameNames(candidate.columns(), raw.columns)) {
          candidates.remove(candidate);
          return candidate;
        }
      }
      return null;
    }

    /**
     * Referenced columns; a REFERENCES without columns means the parent's primary key, which the
     * pragma leaves NULL.
     */
    private List<String> referencedColumns(RawForeignKey raw) {
      if (raw.referencedColumns.stream().allMatch(c -> c != null)) {
        return raw.referencedColumns;
      }
      TableBuilder parent = parent(raw.referencedTable);
      List<String> parentKey = parent == null ? List.of() : parent.primaryKeyColumns();
      if (parentKey.size() == raw.columns.size()) {
        return parentKey;
      }
      return raw.columns.size() == 1 ? List.of("rowid") : raw.columns;
    }

    /** The referenced table; SQLite matches its name without regard to case. */
    private TableBuilder parent(String referenced) {
      TableBuilder parent = tables.get(referenced);
      if (parent != null) {
        return parent;
      }
      return tables.values().stream()
          .filter(t -> t.name.name().equalsIgnoreCase(referenced))
          .findFirst()
          .orElse(null);
    }

    /** The referenced table's name as the table spells it, or as written if it does not exist. */
    private String parentName(String referenced) {
      TableBuilder parent = parent(referenced);
      return parent == null ? referenced : parent.name.name();
    }

    private String uniqueName(CreateTable declared, List<String> columns) {
      for (KeyDef key : declared.uniques()) {
        if (key.name() != null && sameNames(key.columns(), columns)) {
          return key.name();
        }
      }
      String synthesized = unique(name.name() + "_" + String.join("_", columns) + "_key");
      usedNames.add(synthesized);
      return synthesized;
    }

    /** {@code base}, or {@code base1}, {@code base2}, ... when taken, as PostgreSQL does. */
    private String unique(String base) {
      String candidate = base;
      for (int i = 1; usedNames.contains(candidate); i++) {
        candidate = base + i;
      }
      return candidate;
    }
  }

  private static boolean sameNames(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equalsIgnoreCase(b.get(i))) {
        return false;
      }
    }
    return true;
  }
}
