package dev.kythera.generation.adapter.out.target;

import dev.kythera.connectors.Engine;
import dev.kythera.generation.application.port.out.WriteProgress;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.row.RowStream;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.TypeCategory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MySQL and MariaDB: {@code LOAD DATA LOCAL INFILE} fed from the generator as an input stream when
 * the server allows it ({@code local_infile}), else multi-row inserts in batches. Tables are
 * emptied with DELETE (TRUNCATE would commit), so a cancelled run rolls back entirely.
 */
final class MySqlSeedSession extends JdbcSeedSession {
  private static final Set<TypeCategory> BINARY = Set.of(TypeCategory.BINARY);

  private final boolean localInfile;

  MySqlSeedSession(Connection connection, boolean allowLocalInfile) throws SQLException {
    super(connection, Engine.MYSQL);
    this.localInfile = allowLocalInfile && single("SELECT @@local_infile") == 1;
  }

  /** Whether rows go in with LOAD DATA LOCAL INFILE (else multi-row inserts). */
  boolean loadsData() {
    return localInfile;
  }

  @Override
  public void empty(List<QualifiedName> childrenFirst) throws SQLException {
    // row-by-row checks would refuse deleting a self-referencing or cyclic table; every table
    // whose rows could point at these is in the list (the caller makes sure), so none is orphaned
    execute("SET FOREIGN_KEY_CHECKS = 0");
    try {
      for (QualifiedName table : childrenFirst) {
        execute("DELETE FROM " + sql.table(table));
      }
    } finally {
      execute("SET FOREIGN_KEY_CHECKS = 1");
    }
  }

  @Override
  public long insert(TablePlan table, RowStream rows, WriteProgress progress) throws SQLException {
    if (table.columns().isEmpty()) {
      return insertDefaults(table, rows, progress);
    }
    if (!localInfile || hasSqlExpressions(table)) {
      return new InsertBatches(connection, sql, binder, 1_000, 4)
          .insert(sql.table(table.table()), table.columns(), rows, progress);
    }
    RowBytes bytes = new RowBytes(rows, BulkText.MYSQL, progress);
    long loaded;
    try (Statement statement = connection.createStatement()) {
      statement.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(bytes);
      loaded = statement.executeUpdate(loadStatement(table));
    }
    if (loaded != bytes.rows()) {
      // LOCAL turns duplicate keys and bad values into warnings and skips the rows: report them
      throw new SQLException(
          "LOAD DATA into "
              + table.table()
              + " stored "
              + loaded
              + " of "
              + bytes.rows()
              + " rows: "
              + warnings());
    }
    progress.proceed(loaded);
    return loaded;
  }

  private String loadStatement(TablePlan table) {
    List<String> targets = new ArrayList<>();
    List<String> conversions = new ArrayList<>();
    for (int i = 0; i < table.columns().size(); i++) {
      String column = table.columns().get(i);
      if (binary(table, column)) {
        targets.add("@v" + i);
        conversions.add(sql.name(column) + " = UNHEX(@v" + i + ")");
      } else {
        targets.add(sql.name(column));
      }
    }
    return "LOAD DATA LOCAL INFILE 'kythera-seed.tsv' INTO TABLE "
        + sql.table(table.table())
        + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
        + " LINES TERMINATED BY '\\n' ("
        + String.join(", ", targets)
        + ")"
        + (conversions.isEmpty() ? "" : " SET " + String.join(", ", conversions));
  }

  private static boolean binary(TablePlan table, String column) {
    return table.values().stream()
        .anyMatch(
            value -> value.name().equals(column) && BINARY.contains(value.column().category()));
  }

  private String warnings() throws SQLException {
    List<String> messages = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW WARNINGS LIMIT 3")) {
      while (result.next()) {
        messages.add(result.getString("Message"));
      }
    }
    return messages.isEmpty() ? "no warning given" : String.join("; ", messages);
  }
}
