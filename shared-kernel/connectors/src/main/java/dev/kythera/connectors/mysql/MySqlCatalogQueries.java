package dev.kythera.connectors.mysql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The information_schema queries that introspection runs, seven whatever the number of tables
 * (tables, views, columns, key columns, referential rules, checks, index columns). Each filters its
 * own view by schema: MariaDB fills an information_schema view in full before a join, so joining
 * them would read every database on the server.
 */
final class MySqlCatalogQueries {
  private MySqlCatalogQueries() {}

  /** Schemas that belong to the server itself. */
  static final List<String> SYSTEM_SCHEMAS =
      List.of("information_schema", "mysql", "performance_schema", "sys");

  /**
   * A condition on a schema column with its values: the given schemas, or every schema that is not
   * the server's own when none are given. One schema is compared with {@code =} so that the server
   * can open only that database's tables.
   */
  record SchemaFilter(List<String> schemas) {
    SchemaFilter {
      schemas = List.copyOf(schemas);
    }

    String on(String column) {
      if (schemas.isEmpty()) {
        return column + " NOT IN ('information_schema', 'mysql', 'performance_schema', 'sys')";
      }
      if (schemas.size() == 1) {
        return column + " = ?";
      }
      return column + " IN (" + "?, ".repeat(schemas.size() - 1) + "?)";
    }

    void bind(PreparedStatement statement) throws SQLException {
      for (int i = 0; i < schemas.size(); i++) {
        statement.setString(i + 1, schemas.get(i));
      }
    }
  }

  static String tables(SchemaFilter filter) {
    return "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, TABLE_COMMENT, TABLE_ROWS, DATA_LENGTH,"
        + " INDEX_LENGTH, AUTO_INCREMENT, @@auto_increment_increment AS AUTO_INCREMENT_STEP"
        + " FROM information_schema.TABLES WHERE "
        + filter.on("TABLE_SCHEMA")
        + " AND TABLE_TYPE IN ('BASE TABLE', 'VIEW', 'SYSTEM VERSIONED')";
  }

  static String views(SchemaFilter filter) {
    return "SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE "
        + filter.on("TABLE_SCHEMA");
  }

  static String columns(SchemaFilter filter) {
    return "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_DEFAULT,"
        + " IS_NULLABLE, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,"
        + " COLUMN_TYPE, EXTRA, GENERATION_EXPRESSION, COLUMN_COMMENT"
        + " FROM information_schema.COLUMNS WHERE "
        + filter.on("TABLE_SCHEMA")
        + " ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION";
  }

  /**
   * Columns of PRIMARY KEY, UNIQUE and FOREIGN KEY constraints. TABLE_CONSTRAINTS is not needed for
   * the kind: the primary key is always named PRIMARY and only foreign keys reference a table.
   */
  static String keyColumns(SchemaFilter filter) {
    return "SELECT TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION,"
        + " REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
        + " FROM information_schema.KEY_COLUMN_USAGE WHERE "
        + filter.on("TABLE_SCHEMA")
        + " ORDER BY TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION";
  }

  static String referentialRules(SchemaFilter filter) {
    return "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE"
        + " FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE "
        + filter.on("CONSTRAINT_SCHEMA");
  }

  /**
   * CHECK constraints. MariaDB's view names the table and says whether a check was written on a
   * column or the table (LEVEL, 10.5.10+); MySQL's names neither, and its check names are unique
   * per schema, so the table comes from TABLE_CONSTRAINTS there.
   */
  static String checks(MySqlServer server, SchemaFilter filter) {
    if (server.mariaDb()) {
      String level = server.atLeast(10, 5, 10) ? "LEVEL" : "NULL AS LEVEL";
      return "SELECT CONSTRAINT_SCHEMA AS TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, "
          + level
          + " FROM information_schema.CHECK_CONSTRAINTS WHERE "
          + filter.on("CONSTRAINT_SCHEMA");
    }
    return "SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE,"
        + " 'Table' AS LEVEL"
        + " FROM information_schema.TABLE_CONSTRAINTS tc"
        + " JOIN information_schema.CHECK_CONSTRAINTS cc"
        + " ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
        + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
        + " WHERE tc.CONSTRAINT_TYPE = 'CHECK' AND "
        + filter.on("tc.TABLE_SCHEMA");
  }

  /** Index columns in order; EXPRESSION (functional key parts) exists on MySQL 8.0.13+ only. */
  static String indexColumns(MySqlServer server, SchemaFilter filter) {
    String expression =
        !server.mariaDb() && server.atLeast(8, 0, 13) ? "EXPRESSION" : "NULL AS EXPRESSION";
    return "SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME,"
        + " SUB_PART, INDEX_TYPE, "
        + expression
        + " FROM information_schema.STATISTICS WHERE "
        + filter.on("TABLE_SCHEMA")
        + " ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";
  }
}
