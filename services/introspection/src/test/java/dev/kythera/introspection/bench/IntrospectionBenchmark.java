package dev.kythera.introspection.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.connectors.Connector;
import dev.kythera.connectors.ConnectorRegistry;
import dev.kythera.connectors.Engine;
import dev.kythera.introspection.application.service.GraphService;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.platform.jobs.JobSnapshot;
import dev.kythera.platform.jobs.Jobs;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code ./kythera bench introspection [tables] [runs]}: introspection of a generated schema on
 * PostgreSQL and MariaDB, through the API (capture job: request, Kafka, worker, catalog, storing
 * the snapshot) next to the raw catalog queries alone, plus the FK graph build. Not a test (the
 * name does not match Surefire's patterns); prints a Markdown table and writes it to
 * target/bench/introspection.md.
 */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "introspection"))
class IntrospectionBenchmark {
  private static final int TABLES = Integer.getInteger("bench.tables", 1000);
  private static final int RUNS = Integer.getInteger("bench.runs", 7);
  private final UUID project = UUID.randomUUID();
  private final String database = "kt_bench_" + UUID.randomUUID().toString().substring(0, 8);

  @Inject Jobs jobs;

  record Row(String engine, double raw, double connector, double api, double graph, long queries) {}

  @Test
  void measure() throws Exception {
    List<Row> rows = new ArrayList<>();
    createPostgres();
    try {
      rows.add(run(Engine.POSTGRESQL, "127.0.0.1", 5432, "postgres", "postgresql"));
    } finally {
      execute(
          "jdbc:postgresql://127.0.0.1:5432/postgres",
          "postgres",
          "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
    createMariaDb();
    try {
      rows.add(run(Engine.MYSQL, "127.0.0.1", 3306, "root", "mariadb"));
    } finally {
      execute("jdbc:mariadb://127.0.0.1:3306/mysql", "root", "DROP DATABASE IF EXISTS " + database);
    }
    String table = table(rows);
    System.out.println(table);
    Path out = Path.of("target/bench/introspection.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);
  }

  private Row run(Engine engine, String host, int port, String user, String wire) throws Exception {
    Connector connector = ConnectorRegistry.standard().forEngine(engine);
    ConnectionDescriptor descriptor =
        new ConnectionDescriptor(engine, host, port, database, user, "", Map.of(), null);
    String connectionId = createConnection(wire, host, port, user);
    List<Double> raw = new ArrayList<>();
    List<Double> direct = new ArrayList<>();
    List<Double> api = new ArrayList<>();
    List<Double> graph = new ArrayList<>();
    long queries = 0;
    for (int run = -2; run < RUNS; run++) {
      JdbcTimer timer = new JdbcTimer();
      SchemaModel model;
      long started = System.nanoTime();
      try (Connection connection = timer.wrap(connector.open(descriptor))) {
        model = connector.introspect(connection, List.of());
      }
      double connectorMillis = (System.nanoTime() - started) / 1e6;
      assertThat(model.tables()).hasSize(TABLES);
      double apiMillis = throughTheApi(connectionId);
      double graphMillis = GraphService.view(UUID.randomUUID(), model).buildMillis();
      if (run >= 0) {
        raw.add(timer.nanos() / 1e6);
        direct.add(connectorMillis);
        api.add(apiMillis);
        graph.add(graphMillis);
        queries = timer.queries();
      }
    }
    return new Row(
        engine == Engine.POSTGRESQL ? "PostgreSQL" : "MariaDB",
        median(raw),
        median(direct),
        median(api),
        median(graph),
        queries);
  }

  private double throughTheApi(String connectionId) throws InterruptedException {
    long started = System.nanoTime();
    String jobId =
        given()
            .header("Authorization", "Bearer " + token())
            .contentType("application/json")
            .body("{\"connectionId\":\"" + connectionId + "\"}")
            .post("/api/projects/" + project + "/schema/snapshots")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    UUID id = UUID.fromString(jobId);
    JobSnapshot job = jobs.get(project, id);
    while (!job.status().matches("done|error|cancelled")) {
      Thread.sleep(2);
      job = jobs.get(project, id);
    }
    assertThat(job.status()).as("%s", job.error()).isEqualTo("done");
    return (System.nanoTime() - started) / 1e6;
  }

  private String createConnection(String engine, String host, int port, String user) {
    return given()
        .header("Authorization", "Bearer " + token())
        .contentType("application/json")
        .body(
            "{\"name\":\"bench-"
                + engine
                + "\",\"engine\":\""
                + engine
                + "\",\"host\":\""
                + host
                + "\",\"port\":"
                + port
                + ",\"database\":\""
                + database
                + "\",\"username\":\""
                + user
                + "\",\"sslMode\":\"disable\",\"environment\":\"development\"}")
        .post("/api/projects/" + project + "/connections")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private String token() {
    return TestTokens.internal()
        .user(UUID.randomUUID())
        .role("dev")
        .plan("enterprise")
        .project(project, "write")
        .sign();
  }

  private void createPostgres() throws SQLException {
    execute("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "CREATE DATABASE " + database);
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      for (String sql : GeneratedSchema.statements(TABLES, true)) {
        s.execute(sql);
      }
      c.commit();
      s.execute("ANALYZE");
    }
  }

  private void createMariaDb() throws SQLException {
    execute("jdbc:mariadb://127.0.0.1:3306/mysql", "root", "CREATE DATABASE " + database);
    try (Connection c =
            DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/" + database, "root", "");
        Statement s = c.createStatement()) {
      for (String sql : GeneratedSchema.statements(TABLES, false)) {
        s.execute(sql);
      }
    }
  }

  private static void execute(String url, String user, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static String table(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "Introspection of %d generated tables (10 columns, PK, 1-2 FKs, 1 index each),"
                + " median of %d runs after 2 warm-ups%n%n",
            TABLES, RUNS));
    out.append(
        "| engine | catalog queries | raw catalog (ms) | connector, in process (ms)"
            + " | through the API, job to done (ms) | API / raw | FK graph + order (ms)"
            + " | graph / API |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      out.append(
          String.format(
              "| %s | %d | %.1f | %.1f | %.1f | %.2f | %.1f | %.1f%% |%n",
              r.engine(),
              r.queries(),
              r.raw(),
              r.connector(),
              r.api(),
              r.api() / r.raw(),
              r.graph(),
              100 * r.graph() / r.api()));
    }
    return out.toString();
  }
}
