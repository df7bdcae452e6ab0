package dev.kythera.introspection.domain.diff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Throw-away databases on the local servers for tests that run generated SQL: PostgreSQL over JDBC,
 * MariaDB through the {@code mysql} command-line client (the module has no MariaDB driver).
 */
final class LiveDatabases {
  static final String PG_SERVER = System.getenv().getOrDefault("KYTHERA_TEST_PG", "127.0.0.1:5432");
  static final String PG_USER = System.getenv().getOrDefault("KYTHERA_TEST_PG_USER", "postgres");
  static final String MYSQL_HOST =
      System.getenv().getOrDefault("KYTHERA_TEST_MYSQL_HOST", "127.0.0.1");
  static final String MYSQL_PORT = System.getenv().getOrDefault("KYTHERA_TEST_MYSQL_PORT", "3306");

  private LiveDatabases() {}

  static String randomName() {
    return "kt_mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  static Connection postgresAdmin() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + PG_SERVER + "/postgres", PG_USER, "");
  }

  static Connection postgres(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + PG_SERVER + "/" + database, PG_USER, "");
  }

  static void postgresAdmin(String sql) throws SQLException {
    try (Connection admin = postgresAdmin();
        Statement statement = admin.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Runs each statement on its own (autocommit), failing with the statement that broke. */
  static void run(Connection connection, List<String> statements) throws SQLException {
    for (String sql : statements) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new SQLException("Failed: " + sql + "\n" + e.getMessage(), e);
      }
    }
  }

  /** Runs SQL through the mysql client, returning tab-separated output rows. */
  static List<String> mysql(String database, String script)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of("mysql", "-h", MYSQL_HOST, "-P", MYSQL_PORT, "-u", "root", "-N", "-B"));
    if (database != null) {
      command.add(database);
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(script.getBytes(StandardCharsets.UTF_8));
    }
    String output = read(process.getInputStream());
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("mysql client timed out");
    }
    if (process.exitValue() != 0) {
      throw new IOException("mysql client failed (" + process.exitValue() + "): " + output);
    }
    return output.isBlank() ? List.of() : List.of(output.strip().split("\n"));
  }

  private static String read(InputStream stream) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    stream.transferTo(bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
