package dev.kythera.generation.bench;

import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.connectors.Engine;
import dev.kythera.generation.application.service.TargetFixtures.Target;
import dev.kythera.generation.domain.seed.SeedRequest;
import dev.kythera.generation.domain.seed.TableRequest;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * The benchmark's databases on the local servers (PostgreSQL 127.0.0.1:5432 as postgres, MariaDB
 * 127.0.0.1:3306 as root) and the raw loads it compares with: the {@code psql} and {@code mariadb}
 * command-line clients reading pre-generated files.
 */
final class Databases {
  static final LocalDate ANCHOR = LocalDate.of(2026, 1, 15);
  static final int CUSTOMERS = 100_000;

  /** A realistic 8-column table with a primary key and a foreign key to a pre-seeded parent. */
  static final List<String> POSTGRES_ORDERS =
      List.of(
          "CREATE TYPE order_status AS ENUM"
              + " ('pending', 'paid', 'shipped', 'delivered', 'cancelled')",
          "CREATE TABLE customers (id bigserial PRIMARY KEY, email varchar(254) NOT NULL UNIQUE,"
              + " name varchar(120) NOT NULL)",
          "CREATE TABLE orders (id bigserial PRIMARY KEY,"
              + " customer_id bigint NOT NULL REFERENCES customers (id),"
              + " status order_status NOT NULL, total numeric(10,2) NOT NULL,"
              + " placed_at timestamptz NOT NULL, note text, email varchar(254) NOT NULL,"
              + " quantity integer NOT NULL)");

  /** The same two tables, MySQL flavour. */
  static final List<String> MARIADB_ORDERS =
      List.of(
          "CREATE TABLE customers (id bigint AUTO_INCREMENT PRIMARY KEY,"
              + " email varchar(254) NOT NULL UNIQUE, name varchar(120) NOT NULL) ENGINE=InnoDB",
          "CREATE TABLE orders (id bigint AUTO_INCREMENT PRIMARY KEY,"
              + " customer_id bigint NOT NULL,"
              + " status enum('pending','paid','shipped','delivered','cancelled') NOT NULL,"
              + " total decimal(10,2) NOT NULL, placed_at datetime NOT NULL, note text,"
              + " email varchar(254) NOT NULL, quantity int NOT NULL,"
              + " CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)"
              + " REFERENCES customers (id)) ENGINE=InnoDB");

  private Databases() {}

  static SeedRequest customers() {
    return new SeedRequest(
        List.of(TableRequest.rows("customers", CUSTOMERS)), 1, "en", ANCHOR, true);
  }

  /** {@code rows} orders pointing at the customers already in the database. */
  static SeedRequest orders(long rows) {
    return new SeedRequest(List.of(TableRequest.rows("orders", rows)), 42, "en", ANCHOR, false);
  }

  /** A new database on the local server with the given tables. */
  static Target create(Engine engine, List<String> ddl) {
    String name = "kt_bench_" + UUID.randomUUID().toString().substring(0, 8);
    admin(engine, "CREATE DATABASE " + name);
    ConnectionDescriptor descriptor =
        engine == Engine.POSTGRESQL
            ? new ConnectionDescriptor(
                engine, "127.0.0.1", 5432, name, "postgres", "", Map.of(), null)
            : new ConnectionDescriptor(engine, "127.0.0.1", 3306, name, "root", "", Map.of(), null);
    Target target = new Target(engine, name, descriptor, null);
    for (String sql : ddl) {
      target.execute(sql);
    }
    return target;
  }

  static long count(Target target, String table) {
    return Long.parseLong(text(target, "SELECT COUNT(*) FROM " + table));
  }

  static String text(Target target, String sql) {
    try (Connection connection = target.open();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  static List<String[]> rows(Target target, String sql) {
    List<String[]> rows = new ArrayList<>();
    try (Connection connection = target.open();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = result.getString(i + 1);
        }
        rows.add(row);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
    return rows;
  }

  /** Writes the output of a PostgreSQL {@code COPY ... TO STDOUT} into a file. */
  static void copyOut(Target target, String copy, Path file) {
    try (Connection connection = target.open();
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      connection.unwrap(PGConnection.class).getCopyAPI().copyOut(copy, out);
    } catch (SQLException e) {
      throw new IllegalStateException(copy + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a MariaDB query's rows as a LOAD DATA file: tab-separated, {@code \N} for NULL,
   * backslash escapes (the format {@code LOAD DATA ... FIELDS ESCAPED BY '\\'} reads).
   */
  static void dumpTsv(Target target, String select, Path file) {
    try (Connection connection = target.open();
        Statement statement = connection.createStatement();
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      statement.setFetchSize(10_000);
      try (ResultSet result = statement.executeQuery(select)) {
        int columns = result.getMetaData().getColumnCount();
        StringBuilder line = new StringBuilder(256);
        while (result.next()) {
          line.setLength(0);
          for (int i = 1; i <= columns; i++) {
            if (i > 1) {
              line.append('\t');
            }
            String value = result.getString(i);
            if (value == null) {
              line.append("\\N");
            } else {
              escape(value, line);
            }
          }
          line.append('\n');
          out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(select + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void escape(String value, StringBuilder line) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> line.append("\\\\");
        case '\t' -> line.append("\\t");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        default -> line.append(c);
      }
    }
  }

  /** Runs {@code psql} on the target's database; returns the seconds it took. */
  static double psql(Target target, String... arguments) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "psql",
                "-h",
                "127.0.0.1",
                "-p",
                "5432",
                "-U",
                "postgres",
                "-d",
                target.name(),
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1"));
    command.addAll(List.of(arguments));
    return run(command);
  }

  /** Runs one statement with the {@code mariadb} client (LOCAL INFILE allowed). */
  static double mariadb(Target target, String sql) {
    return run(
        List.of(
            "mariadb",
            "--no-defaults",
            "--local-infile=1",
            "-h",
            "127.0.0.1",
            "-P",
            "3306",
            "-u",
            "root",
            target.name(),
            "-e",
            sql));
  }

  private static double run(List<String> command) {
    long start = System.nanoTime();
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (exit != 0 || output.contains("ERROR")) {
        throw new IllegalStateException(
            String.join(" ", command.subList(0, 1)) + " failed (" + exit + "): " + output);
      }
      return seconds;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void admin(Engine engine, String sql) {
    String url =
        engine == Engine.POSTGRESQL
            ? "jdbc:postgresql://127.0.0.1:5432/postgres"
            : "jdbc:mariadb://127.0.0.1:3306/";
    String user = engine == Engine.POSTGRESQL ? "postgres" : "root";
    try (Connection connection = DriverManager.getConnection(url, user, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
