package dev.kythera.introspection.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.SshTestServer;
import dev.kythera.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Connections to MariaDB, SQLite files and PostgreSQL behind a real SSH server on loopback. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "introspection"))
class EngineConnectionsTest {
  private static String target;
  private final UUID projectId = UUID.randomUUID();

  private static final String MARIA_USER = "kt_pw_" + UUID.randomUUID().toString().substring(0, 6);

  @BeforeAll
  static void createTarget() throws SQLException {
    target = TargetDatabases.createPostgresWithFixture();
    try (Connection root =
            DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/mysql", "root", "");
        Statement statement = root.createStatement()) {
      for (String host : new String[] {"%", "localhost", "127.0.0.1"}) {
        statement.execute(
            "CREATE USER '" + MARIA_USER + "'@'" + host + "' IDENTIFIED BY 'pw-Secret-1'");
      }
    }
  }

  @AfterAll
  static void dropTarget() throws SQLException {
    TargetDatabases.drop(target);
    try (Connection root =
            DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/mysql", "root", "");
        Statement statement = root.createStatement()) {
      for (String host : new String[] {"%", "localhost", "127.0.0.1"}) {
        statement.execute("DROP USER IF EXISTS '" + MARIA_USER + "'@'" + host + "'");
      }
    }
  }

  private static String mariadbUser(String name, String passwordField) {
    return "{\"name\":\""
        + name
        + "\",\"engine\":\"mariadb\",\"host\":\"127.0.0.1\",\"port\":3306,"
        + "\"database\":\"information_schema\",\"username\":\""
        + MARIA_USER
        + "\""
        + passwordField
        + ",\"environment\":\"development\"}";
  }

  @Test
  void testingChangedSettingsOfASavedConnectionReusesItsStoredPassword() {
    String id =
        writer()
            .body(mariadbUser("pw", ",\"password\":\"pw-Secret-1\""))
            .post(connections())
            .then()
            .statusCode(201)
            .body("hasPassword", equalTo(true))
            .extract()
            .path("id");
    writer()
        .body(mariadbUser("pw renamed", ""))
        .post(connections() + "/test")
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("password"));
    writer()
        .body(mariadbUser("pw renamed", ""))
        .post(connections() + "/test?connectionId=" + id)
        .then()
        .statusCode(200)
        .body("engine", equalTo("mysql"));
  }

  private RequestSpecification writer() {
    String token =
        TestTokens.internal()
            .user(UUID.randomUUID())
            .role("dev")
            .plan("enterprise")
            .project(projectId, "write")
            .sign();
    return given().header("Authorization", "Bearer " + token).contentType("application/json");
  }

  private String connections() {
    return "/api/projects/" + projectId + "/connections";
  }

  private static String mariadb(String password) {
    return "{\"name\":\"maria\",\"engine\":\"mariadb\",\"host\":\"127.0.0.1\",\"port\":3306,"
        + "\"database\":\"mysql\",\"username\":\"root\",\"password\":\""
        + password
        + "\",\"environment\":\"development\"}";
  }

  @Test
  void mariaDbConnectsAndAWrongPasswordIsNamed() {
    writer()
        .body(mariadb("wrong-password"))
        .post(connections() + "/test")
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("password"));
    writer()
        .body(mariadb(""))
        .post(connections())
        .then()
        .statusCode(201)
        .body("engine", equalTo("mysql"))
        .body("hasPassword", equalTo(false));
  }

  @Test
  void sqliteFilesMustExistInsideTheirDirectory() throws IOException {
    Path directory = Path.of("target/sqlite");
    Files.createDirectories(directory);
    String name = "shop-" + UUID.randomUUID() + ".db";
    Files.write(directory.resolve(name), new byte[0]);
    writer()
        .body(sqlite(name))
        .post(connections() + "/test")
        .then()
        .statusCode(200)
        .body("engine", equalTo("sqlite"));
    writer()
        .body(sqlite("missing-" + UUID.randomUUID() + ".db"))
        .post(connections() + "/test")
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("database"));
  }

  private static String sqlite(String file) {
    return "{\"name\":\"file\",\"engine\":\"sqlite\",\"database\":\""
        + file
        + "\",\"environment\":\"development\"}";
  }

  @Test
  void postgresBehindSshNeedsAnExplicitlyTrustedHostKey() {
    SshTestServer ssh = SshTestServer.get();
    String tunnel =
        ",\"ssh\":{\"host\":\"127.0.0.1\",\"port\":"
            + ssh.port()
            + ",\"username\":\""
            + ssh.user()
            + "\",\"authMethod\":\"password\",\"password\":\""
            + ssh.password()
            + "\"";
    writer()
        .body(ConnectionApiTest.postgres("tunnel-untrusted", target, tunnel + "}"))
        .post(connections() + "/test")
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("ssh.hostKey"));

    String fingerprint =
        writer()
            .body("{\"host\":\"127.0.0.1\",\"port\":" + ssh.port() + "}")
            .post(connections() + "/ssh-host-key")
            .then()
            .statusCode(200)
            .body("key", equalTo(ssh.hostKey()))
            .body("fingerprint", startsWith("SHA256:"))
            .extract()
            .path("fingerprint");

    writer()
        .body(
            ConnectionApiTest.postgres(
                "tunnel-tofu", target, tunnel + ",\"trustOnFirstUse\":true}"))
        .post(connections())
        .then()
        .statusCode(201)
        .body("ssh.hostKeyFingerprint", equalTo(fingerprint))
        .body("ssh.authMethod", equalTo("password"));

    writer()
        .body(
            ConnectionApiTest.postgres(
                "tunnel-wrong-password",
                target,
                tunnel.replace(ssh.password(), "nope") + ",\"hostKey\":\"" + ssh.hostKey() + "\"}"))
        .post(connections() + "/test")
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("ssh.password"));

    writer()
        .body(
            ConnectionApiTest.postgres("sqlite-ssh", "x.db", tunnel + "}")
                .replace("postgresql", "sqlite"))
        .post(connections() + "/test")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("ssh"));
    writer()
        .body("{\"host\":\"bad host\"}")
        .post(connections() + "/ssh-host-key")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("host"));
  }
}
