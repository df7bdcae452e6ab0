package dev.kythera.introspection.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Connections over the API: validation, connect failures, secrets, plans and permissions. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "introspection"))
class ConnectionApiTest {
  private static String target;
  private final UUID userId = UUID.randomUUID();

  @Inject AgroalDataSource dataSource;

  @BeforeAll
  static void createTarget() {
    target = TargetDatabases.createPostgresWithFixture();
  }

  @AfterAll
  static void dropTarget() {
    TargetDatabases.drop(target);
  }

  private RequestSpecification as(UUID projectId, String permission) {
    return as(projectId, permission, "starter");
  }

  private RequestSpecification as(UUID projectId, String permission, String plan) {
    String token =
        TestTokens.internal()
            .user(userId)
            .role("dev")
            .plan(plan)
            .project(projectId, permission)
            .sign();
    return given().header("Authorization", "Bearer " + token).contentType("application/json");
  }

  static String postgres(String name, String database, String extra) {
    return "{\"name\":\""
        + name
        + "\",\"engine\":\"postgresql\",\"host\":\"127.0.0.1\",\"port\":5432,"
        + "\"database\":\""
        + database
        + "\",\"username\":\"postgres\",\"password\":\"s3cret-never-shown\","
        + "\"sslMode\":\"disable\",\"environment\":\"staging\""
        + extra
        + "}";
  }

  private String create(UUID projectId, String name) {
    return as(projectId, "write")
        .body(postgres(name, target, ""))
        .post("/api/projects/" + projectId + "/connections")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void aWorkingConnectionIsStoredWithoutEverShowingItsSecret() throws Exception {
    UUID projectId = UUID.randomUUID();
    String body =
        as(projectId, "write")
            .body(postgres("Shop staging", target, ""))
            .post("/api/projects/" + projectId + "/connections")
            .then()
            .statusCode(201)
            .body("name", equalTo("Shop staging"))
            .body("engine", equalTo("postgresql"))
            .body("environment", equalTo("staging"))
            .body("hasPassword", equalTo(true))
            .body("ssh", nullValue())
            .extract()
            .asString();
    assertThat(body).doesNotContain("s3cret");
    String id = io.restassured.path.json.JsonPath.from(body).getString("id");

    String listed =
        as(projectId, "read")
            .get("/api/projects/" + projectId + "/connections")
            .then()
            .statusCode(200)
            .body("", hasSize(1))
            .body("[0].id", equalTo(id))
            .extract()
            .asString();
    assertThat(listed).doesNotContain("s3cret");

    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT secret_key_id, secret_ciphertext FROM connection WHERE id = ?")) {
      query.setObject(1, UUID.fromString(id));
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).hasSize(16);
        assertThat(new String(rows.getBytes(2), StandardCharsets.ISO_8859_1))
            .doesNotContain("s3cret");
      }
    }

    as(projectId, "read")
        .post("/api/projects/" + projectId + "/connections/" + id + "/test")
        .then()
        .statusCode(200)
        .body("engine", equalTo("postgresql"))
        .body("serverVersion", org.hamcrest.Matchers.startsWith("PostgreSQL"))
        .body("latencyMs", notNullValue());
  }

  @Test
  void unreachableServersAreNamedFieldByFieldAndNothingIsStored() {
    UUID projectId = UUID.randomUUID();
    String connections = "/api/projects/" + projectId + "/connections";
    as(projectId, "write")
        .body(postgres("a", target, "").replace("127.0.0.1", "no-such-host.invalid"))
        .post(connections)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("CONNECTION_FAILED"))
        .body("errors.field", hasItem("host"));
    as(projectId, "write")
        .body(postgres("b", target, "").replace("5432", "1"))
        .post(connections)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("port"));
    as(projectId, "write")
        .body(postgres("c", "kt_no_such_db", ""))
        .post(connections)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("database"));
    as(projectId, "write")
        .body(postgres("d", target, "").replace("\"disable\"", "\"require\""))
        .post(connections)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("sslMode"));
    as(projectId, "write")
        .body(postgres("e", target, "").replace("postgresql", "oracle"))
        .post(connections)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("engine"));
    as(projectId, "write")
        .body(postgres("f", target, "").replace("127.0.0.1", "evil/x?socketFactory=y"))
        .post(connections)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("host"));
    as(projectId, "read").get(connections).then().statusCode(200).body("", hasSize(0));
  }

  @Test
  void aServerThatNeverAnswersFailsWithinTheConnectTimeout() throws Exception {
    UUID projectId = UUID.randomUUID();
    // Accepts TCP connections and then says nothing, like a firewall that swallows packets.
    try (java.net.ServerSocket silent = new java.net.ServerSocket(0)) {
      Thread holder =
          Thread.ofVirtual()
              .start(
                  () -> {
                    java.util.List<java.net.Socket> held = new java.util.ArrayList<>();
                    try {
                      while (true) {
                        held.add(silent.accept());
                      }
                    } catch (java.io.IOException closed) {
                      held.forEach(
                          socket -> {
                            try {
                              socket.close();
                            } catch (java.io.IOException ignored) {
                              // closing a held socket at the end of the test
                            }
                          });
                    }
                  });
      long started = System.nanoTime();
      as(projectId, "write")
          .body(
              postgres("silent", target, "").replace("5432", String.valueOf(silent.getLocalPort())))
          .post("/api/projects/" + projectId + "/connections")
          .then()
          .statusCode(422)
          .body("code", equalTo("CONNECTION_FAILED"))
          .body("errors.field", hasItem("host"))
          .body("detail", org.hamcrest.Matchers.containsString("timeout"));
      long seconds = java.time.Duration.ofNanos(System.nanoTime() - started).toSeconds();
      // %test connect timeout is 4 s; allow for a loaded machine, but far below the driver's own.
      assertThat(seconds).isLessThan(15);
      silent.close();
      holder.join(2_000);
    }
    as(projectId, "read")
        .get("/api/projects/" + projectId + "/connections")
        .then()
        .body("", hasSize(0));
  }

  @Test
  void anUpdateKeepsTheStoredPasswordAndNamesStayUnique() {
    UUID projectId = UUID.randomUUID();
    String id = create(projectId, "one");
    create(projectId, "two");
    String path = "/api/projects/" + projectId + "/connections/" + id;
    as(projectId, "write")
        .body(postgres("renamed", target, "").replace(",\"password\":\"s3cret-never-shown\"", ""))
        .put(path)
        .then()
        .statusCode(200)
        .body("name", equalTo("renamed"))
        .body("hasPassword", equalTo(true));
    as(projectId, "write")
        .body(postgres("two", target, ""))
        .put(path)
        .then()
        .statusCode(409)
        .body("errors.field", hasItem("name"));
  }

  @Test
  void thePlanLimitsConnectionsPerProjectAndRolesLimitWhoMayChangeThem() {
    UUID projectId = UUID.randomUUID();
    create(projectId, "one");
    String second = create(projectId, "two");
    as(projectId, "write")
        .body(postgres("three", target, ""))
        .post("/api/projects/" + projectId + "/connections")
        .then()
        .statusCode(402)
        .contentType("application/problem+json")
        .body("code", equalTo("PLAN_REQUIRED"))
        .body("requiredPlan", equalTo("pro"))
        .body("currentPlan", equalTo("starter"))
        .body("limit", equalTo("connectionsPerProject"))
        .body("allowed", equalTo(2));
    as(projectId, "write", "pro")
        .body(postgres("three", target, ""))
        .post("/api/projects/" + projectId + "/connections")
        .then()
        .statusCode(201);
    as(projectId, "read")
        .body(postgres("four", target, ""))
        .post("/api/projects/" + projectId + "/connections")
        .then()
        .statusCode(403);
    as(projectId, "write")
        .delete("/api/projects/" + projectId + "/connections/" + second)
        .then()
        .statusCode(403);
    as(projectId, "admin")
        .delete("/api/projects/" + projectId + "/connections/" + second)
        .then()
        .statusCode(204);
    as(UUID.randomUUID(), "admin")
        .get("/api/projects/" + projectId + "/connections")
        .then()
        .statusCode(403);
  }

  @Test
  void onlyKytheraServicesGetTheDescriptorWithItsSecret() {
    UUID projectId = UUID.randomUUID();
    String id = create(projectId, "shop");
    String path = "/internal/projects/" + projectId + "/connections/" + id + "/descriptor";
    given()
        .header("Authorization", "Bearer " + TestTokens.internal().service("generation").sign())
        .get(path)
        .then()
        .statusCode(200)
        .body("engine", equalTo("POSTGRESQL"))
        .body("password", equalTo("s3cret-never-shown"));
    given()
        .header("Authorization", "Bearer " + TestTokens.internal().service("gateway").sign())
        .get(path)
        .then()
        .statusCode(403);
    as(projectId, "admin").get(path).then().statusCode(403);
  }

  @Test
  void sqliteFilesOutsideTheirDirectoryAreRefused() {
    UUID projectId = UUID.randomUUID();
    as(projectId, "write")
        .body(
            "{\"name\":\"x\",\"engine\":\"sqlite\",\"database\":\"../../../etc/passwd\","
                + "\"environment\":\"development\"}")
        .post("/api/projects/" + projectId + "/connections/test")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("database"));
  }
}
