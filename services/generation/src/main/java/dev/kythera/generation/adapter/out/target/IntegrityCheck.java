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
      // NOT NULL columns and CHECKs in one scan of the table: a SUM per condition
      List<String> labels = new ArrayList<>();
      List<IntegrityCheckKind> kinds = new ArrayList<>();
      List<String> broken = new ArrayList<>();
      for (Column column : table.columns()) {
        if (!column.nullable()) {
          labels.add(column.name());
          kinds.add(IntegrityCheckKind.NOT_NULL);
          broken.add(sql.name(column.name()) + " IS NULL");
        }
      }
      int notNulls = labels.size();
      for (CheckConstraint check : table.checks()) {
        labels.add(check.name());
        kinds.add(IntegrityCheckKind.CHECK);
        broken.add("NOT (" + condition(check.expression()) + ")");
      }
      long[] counts = sums(from, broken);
      if (counts == null) {
        // one CHECK cannot be re-evaluated here: NOT NULLs together, then each CHECK alone
        counts = new long[broken.size()];
        long[] nulls = sums(from, broken.subList(0, notNulls));
        System.arraycopy(nulls == null ? new long[notNulls] : nulls, 0, counts, 0, notNulls);
        for (int i = notNulls; i < broken.size(); i++) {
          long[] one = sums(from, broken.subList(i, i + 1));
          if (one == null) {
            skipped.add(name + "." + labels.get(i) + ": cannot be evaluated as a condition");
            counts[i] = -1;
          } else {
            counts[i] = one[0];
          }
        }
      }
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] >= 0) {
          checked++;
          record(violations, name, labels.get(i), kinds.get(i), counts[i]);
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

  /**
   * How many rows meet each condition, in one scan; null when the statement fails (a CHECK the
   * database accepted but that cannot be re-evaluated here). Inside a savepoint, since PostgreSQL
   * aborts a transaction on a failed statement.
   */
  private long[] sums(String from, List<String> conditions) throws SQLException {
    if (conditions.isEmpty()) {
      return new long[0];
    }
    String query =
        conditions.stream()
            .map(condition -> "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)")
            .collect(Collectors.joining(", ", "SELECT ", " FROM " + from));
    Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      result.next();
      long[] sums = new long[conditions.size()];
      for (int i = 0; i < sums.length; i++) {
        sums[i] = result.getLong(i + 1);
      }
      if (savepoint != null) {
        connection.releaseSavepoint(savepoint);
      }
      return sums;
    } catch (SQLException e) {
      if (savepoint != null) {
        connection.rollback(savepoint);
      }
      return null;
    }
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
