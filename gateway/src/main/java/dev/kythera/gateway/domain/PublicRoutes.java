package dev.kythera.gateway.domain;

import static dev.kythera.gateway.domain.Backend.GENERATION;
import static dev.kythera.gateway.domain.Backend.IDENTITY;
import static dev.kythera.gateway.domain.RouteRule.anonymous;
import static dev.kythera.gateway.domain.RouteRule.project;
import static dev.kythera.gateway.domain.RouteRule.signedIn;
import static dev.kythera.kernel.access.ProjectPermission.OWNER;
import static dev.kythera.kernel.access.ProjectPermission.READ;
import static dev.kythera.kernel.access.ProjectPermission.WRITE;
import static dev.kythera.kernel.access.Role.VIEWER;

/**
 * The public API's route table: the one place that says which routes exist, where they go and who
 * may call them. A new endpoint is a new row here; any other {@code /api} path is answered 404.
 */
public final class PublicRoutes {
  private static final String PROJECT = "/api/projects/{projectId}";
  private static final String JOB = PROJECT + "/jobs/{jobId}";

  private PublicRoutes() {}

  public static RouteTable table() {
    return builder().build();
  }

  /** The production rows, open for tests that add rows of their own. */
  public static RouteTable.Builder builder() {
    return RouteTable.builder()
        // identity: accounts, sessions and keys; all rate-limited per client address
        .add("*", "/api/auth/register", anonymous(IDENTITY).withRateLimit())
        .add("*", "/api/auth/login", anonymous(IDENTITY).withRateLimit())
        .add("*", "/api/auth/verify-email", anonymous(IDENTITY).withRateLimit())
        .add("*", "/api/auth/resend-verification", anonymous(IDENTITY).withRateLimit())
        .add("*", "/api/auth/forgot-password", anonymous(IDENTITY).withRateLimit())
        .add("*", "/api/auth/reset-password", anonymous(IDENTITY).withRateLimit())
        .add("*", "/api/auth/refresh", anonymous(IDENTITY).withRateLimit())
        .add("*", "/api/auth/logout", anonymous(IDENTITY).withRateLimit())
        .add("*", "/api/auth/jwks", anonymous(IDENTITY).withRateLimit())
        .add("*", "/api/auth/me", signedIn(VIEWER, IDENTITY).withRateLimit())
        // identity: projects and their jobs
        .add("GET", "/api/projects", signedIn(VIEWER, IDENTITY))
        .add("POST", "/api/projects", signedIn(VIEWER, IDENTITY))
        .add("GET", PROJECT, project(READ, IDENTITY))
        .add("PATCH", PROJECT, project(WRITE, IDENTITY))
        .add("DELETE", PROJECT, project(OWNER, IDENTITY))
        .add("GET", PROJECT + "/jobs", project(READ, IDENTITY))
        .add("GET", JOB, project(READ, IDENTITY))
        .add("GET", JOB + "/stream", project(READ, IDENTITY))
        .add("POST", JOB + "/cancel", project(WRITE, IDENTITY))
        // generation
        .add("POST", PROJECT + "/diagnostics/selftest", project(WRITE, GENERATION))
        // API docs: each service's OpenAPI document, and the Swagger UI the gateway serves
        .add("GET", "/api/docs/{service}/openapi", anonymous(new RouteTarget.ServiceDocs()))
        .add("GET", "/api/docs/**", anonymous(new RouteTarget.Local()));
  }
}
