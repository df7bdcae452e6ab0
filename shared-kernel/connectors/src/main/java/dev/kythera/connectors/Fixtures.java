package dev.kythera.connectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixture schema ("shop") each engine's tests, the seed tests and demos load: the same logical
 * schema per engine, with the hard parts real schemas have (see {@code fixtures/*.sql}).
 */
public final class Fixtures {
  private Fixtures() {}

  /** The fixture's statements for an engine, comments removed. */
  public static List<String> statements(Engine engine) {
    String script = read("fixtures/" + engine.wireName() + ".sql");
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        statements.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    return statements;
  }

  /** Runs the fixture's statements on an open connection. */
  public static void load(Engine engine, Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(engine)) {
        statement.execute(sql);
      }
    }
  }

  private static String read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
