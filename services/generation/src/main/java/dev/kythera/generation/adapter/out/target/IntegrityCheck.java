package dev.kythera.generation.adapter.out.target;

import dev.kythera.generation.domain.seed.integrity.IntegrityCheckKind;
import dev.kythera.generation.domain.seed.integrity.IntegrityReport;
import dev.kythera.generation.domain.seed.integrity.IntegrityViolation;
import dev.kythera.kernel.schema.CheckConstraint;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Proves a seeded table's constraints with SQL, whatever the engine enforced while writing (SQLite
 * and MySQL can have foreign key checks off; LOAD DATA LOCAL turns errors into warnings): every
 * foreign key resolves, every key and UNIQUE has no duplicate, every NOT NULL column is filled and
 * every CHECK holds. One aggregate query per constraint, no rows fetched.
 */
final class IntegrityCheck {
  private final Connection connection;
  private final TargetSql sql;

  IntegrityCheck(Connection connection, TargetSql sql) {
    this.connection = connection;
    this.sql = sql;
  }

  IntegrityReport verify(SchemaModel model, Collection<QualifiedName> tables) throws SQLException {
    List<IntegrityViolation> violations = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int checked = 0;
    for (QualifiedName name : tables) {
      Table table = model.table(name).orElseThrow();
      String from = sql.table(name);
      for (ForeignKey key : table.foreignKeys()) {
        checked++;
        record(
            violations,
            name,
            key.name(),
            IntegrityCheckKind.FOREIGN_KEY,
            count(orphans(from, key)));
      }
      if (table.primaryKey() != null) {
        checked++;
        record(
            violations,
            name,
            table.primaryKey().name(),
            IntegrityCheckKind.PRIMARY_KEY,
            count(duplicates(from, table.primaryKey().columns())));
      }
      for (UniqueConstraint unique : table.uniqueConstraints()) {
        checked++;
        record(
            violations,
            name,
            unique.name(),
            IntegrityCheckKind.UNIQUE,
            count(duplicates(from, unique.columns())));
      }
      for (Column column : table.columns()) {
        if (!column.nullable()) {
          checked++;
          record(
              violations,
              name,
              column.name(),
              IntegrityCheckKind.NOT_NULL,
              count(
                  "SELECT COUNT(*) FROM "
                      + from
                      + " WHERE "
                      + sql.name(column.name())
                      + " IS NULL"));
        }
      }
      for (CheckConstraint check : table.checks()) {
        String condition = condition(check.expression());
        String query = "SELECT COUNT(*) FROM " + from + " WHERE NOT (" + condition + ")";
        Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
        try {
          long broken = count(query);
          checked++;
          record(violations, name, check.name(), IntegrityCheckKind.CHECK, broken);
        } catch (SQLException e) {
          // a CHECK the database accepted but that cannot be re-evaluated as a WHERE clause here;
          // back to the savepoint, since PostgreSQL aborts a transaction on a failed statement
          if (savepoint != null) {
            connection.rollback(savepoint);
            savepoint = null;
          }
          skipped.add(name + "." + check.name() + ": " + e.getMessage());
        } finally {
          if (savepoint != null) {
            connection.releaseSavepoint(savepoint);
          }
        }
      }
    }
    return new IntegrityReport(checked, violations, skipped);
  }

  private String orphans(String from, ForeignKey key) {
    List<String> childColumns = key.columns();
    String notNull =
        childColumns.stream()
            .map(column -> "c." + sql.name(column) + " IS NOT NULL")
            .collect(Collectors.joining(" AND "));
    List<String> joins = new ArrayList<>();
    for (int i = 0; i < childColumns.size(); i++) {
      joins.add(
          "p."
              + sql.name(key.referencedColumns().get(i))
              + " = c."
              + sql.name(childColumns.get(i)));
    }
    return "SELECT COUNT(*) FROM "
        + from
        + " c WHERE "
        + notNull
        + " AND NOT EXISTS (SELECT 1 FROM "
        + sql.table(key.referencedTable())
        + " p WHERE "
        + String.join(" AND ", joins)
        + ")";
  }

  private String duplicates(String from, List<String> columns) {
    String list = sql.columns(columns);
    String notNull =
        columns.stream()
            .map(column -> sql.name(column) + " IS NOT NULL")
            .collect(Collectors.joining(" AND "));
    return "SELECT COUNT(*) FROM (SELECT "
        + list
        + " FROM "
        + from
        + " WHERE "
        + notNull
        + " GROUP BY "
        + list
        + " HAVING COUNT(*) > 1) d";
  }

  /** The condition of a CHECK as the catalog gives it, without a leading {@code CHECK}. */
  static String condition(String expression) {
    String text = expression.strip();
    if (text.toUpperCase(Locale.ROOT).startsWith("CHECK")) {
      text = text.substring(5).strip();
    }
    if (text.endsWith(" NOT VALID")) {
      text = text.substring(0, text.length() - " NOT VALID".length()).strip();
    }
    return text;
  }

  private long count(String query) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void record(
      List<IntegrityViolation> violations,
      QualifiedName table,
      String constraint,
      IntegrityCheckKind kind,
      long rows) {
    if (rows > 0) {
      violations.add(new IntegrityViolation(table, constraint, kind, rows));
    }
  }
}
