package dev.kythera.patch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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

/** The patch list reads the service's own table and checks project access. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "patch"))
class PatchApiTest {
  @Inject AgroalDataSource dataSource;

  private final UUID projectId = UUID.randomUUID();

  private RequestSpecification as(UUID project, String permission) {
    String token =
        TestTokens.internal()
            .user(UUID.randomUUID())
            .role("dev")
            .project(project, permission)
            .sign();
    return given().header("Authorization", "Bearer " + token);
  }

  @Test
  void aProjectWithoutPatchesListsNone() {
    as(projectId, "read")
        .get("/api/projects/" + projectId + "/patches")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("", hasSize(0));
  }

  @Test
  void storedPatchesAreListedNewestFirstAndOnlyForTheirProject() throws Exception {
    insert(projectId, "older", "2026-01-01T00:00:00Z");
    insert(projectId, "newer", "2026-02-01T00:00:00Z");
    insert(UUID.randomUUID(), "someone else's", "2026-03-01T00:00:00Z");
    as(projectId, "read")
        .get("/api/projects/" + projectId + "/patches")
        .then()
        .statusCode(200)
        .body("name", contains("newer", "older"))
        .body("[0].status", equalTo("draft"))
        .body("[0].createdAt", equalTo("2026-02-01T00:00:00Z"));
  }

  @Test
  void aTokenForAnotherProjectIsRefused() {
    as(UUID.randomUUID(), "owner")
        .get("/api/projects/" + projectId + "/patches")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("FORBIDDEN"));
  }

  private void insert(UUID project, String name, String createdAt) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO patch_fiche (id, project_id, name, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?::timestamptz, ?::timestamptz)")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setObject(2, project);
      insert.setString(3, name);
      insert.setString(4, createdAt);
      insert.setString(5, createdAt);
      insert.executeUpdate();
    }
  }
}
