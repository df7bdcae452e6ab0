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

  @BeforeAll
  static void createTarget() {
    target = TargetDatabases.createPostgresWithFixture();
  }

  @AfterAll
  static void dropTarget() {
    TargetDatabases.drop(target);
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
