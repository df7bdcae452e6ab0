package dev.kythera.compliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The scan list reads the service's own table and checks project access. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "compliance"))
class ScanApiTest {
  @Inject AgroalDataSource dataSource;

  private final UUID projectId = UUID.randomUUID();

  private RequestSpecification as(UUID project, String permission) {
    String token =
        TestTokens.internal()
            .user(UUID.randomUUID())
            .role("qa")
            .project(project, permission)
            .sign();
    return given().header("Authorization", "Bearer " + token);
  }

  @Test
  void aProjectWithoutScansListsNone() {
    as(projectId, "read")
        .get("/api/projects/" + projectId + "/validation/scans")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("", hasSize(0));
  }

  @Test
  void storedScansAreListedNewestFirstAndOnlyForTheirProject() throws Exception {
    insert(projectId, 7, "2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z");
    insert(projectId, 0, "2026-02-01T00:00:00Z", null);
    insert(UUID.randomUUID(), 99, "2026-03-01T00:00:00Z", null);
    as(projectId, "read")
        .get("/api/projects/" + projectId + "/validation/scans")
        .then()
        .statusCode(200)
        .body("violationCount", contains(0, 7))
        .body("[0].completedAt", nullValue())
        .body("[1].completedAt", equalTo("2026-01-01T00:01:00Z"))
        .body("[1].status", equalTo("pending"));
  }

  @Test
  void aTokenForAnotherProjectIsRefused() {
    as(UUID.randomUUID(), "owner")
        .get("/api/projects/" + projectId + "/validation/scans")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("FORBIDDEN"));
  }

  private void insert(UUID project, long violations, String startedAt, String completedAt)
      throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO validation_scan_run (id, project_id, connection_id, violation_count,"
                    + " started_at, completed_at) VALUES (?, ?, ?, ?, ?::timestamptz,"
                    + " ?::timestamptz)")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setObject(2, project);
      insert.setObject(3, UUID.randomUUID());
      insert.setLong(4, violations);
      insert.setString(5, startedAt);
      insert.setString(6, completedAt);
      insert.executeUpdate();
    }
  }
}
