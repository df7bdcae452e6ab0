package dev.kythera.gateway.domain;

import static dev.kythera.gateway.domain.Backend.COMPLIANCE;
import static dev.kythera.gateway.domain.Backend.GENERATION;
import static dev.kythera.gateway.domain.Backend.IDENTITY;
import static dev.kythera.gateway.domain.Backend.INTROSPECTION;
import static dev.kythera.gateway.domain.Backend.PATCH;
import static dev.kythera.gateway.domain.RouteRule.anonymous;
import static dev.kythera.gateway.domain.RouteRule.project;
import static dev.kythera.gateway.domain.RouteRule.signedIn;
import static dev.kythera.kernel.access.ProjectPermission.ADMIN;
import static dev.kythera.kernel.access.ProjectPermission.OWNER;
import static dev.kythera.kernel.access.ProjectPermission.READ;
import static dev.kythera.kernel.access.ProjectPermission.WRITE;
import static dev.kythera.kernel.access.Role.DEV;
import static dev.kythera.kernel.access.Role.SUPER_ADMIN;
import static dev.kythera.kernel.access.Role.VIEWER;

/**
 * The public API's route table: the one place that says which routes exist, where they go and who
 * may call them. A new endpoint is a new row here; any other {@code /api} path is answered 404.
 * Every row is starter plan unless it says otherwise. The gateway's test {@code
 * RouteCompletenessTest} fails when an endpoint of a service (listed in {@code
 * service-endpoints.txt}) has no row here.
 */
public final class PublicRoutes {
  private static final String PROJECT = "/api/projects/{projectId}";
  private static final String JOB = PROJECT + "/jobs/{jobId}";
  private static final String CONNECTIONS = PROJECT + "/connections";
  private static final String SNAPSHOTS = PROJECT + "/schema/snapshots";
  private static final String DATA = PROJECT + "/data/{connectionId}/tables/{table}";
  private static final String SEED = PROJECT + "/seed";
  private static final String TEMPLATES = PROJECT + "/qa-templates";
  private static final String TEAM = "/api/teams/{teamId}";
  private static final String ACCOUNT = "/api/account";
  private static final String GOVERNANCE = "/api/governance";

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
        .add("*", "/api/auth/login/mfa", anonymous(IDENTITY).withRateLimit())
        .add("GET", "/api/plans", anonymous(IDENTITY))
        // identity: projects, their members, configuration, activity and jobs
        .add("GET", "/api/projects", signedIn(VIEWER, IDENTITY))
        .add("POST", "/api/projects", signedIn(VIEWER, IDENTITY))
        .add("GET", PROJECT, project(READ, IDENTITY))
        .add("PATCH", PROJECT, project(OWNER, IDENTITY))
        .add("DELETE", PROJECT, project(OWNER, IDENTITY))
        .add("GET", PROJECT + "/members", project(READ, IDENTITY))
        .add("POST", PROJECT + "/members", project(ADMIN, IDENTITY))
        .add("PATCH", PROJECT + "/members/{userId}", project(ADMIN, IDENTITY))
        // any member may leave; identity requires admin to remove somebody else
        .add("DELETE", PROJECT + "/members/{userId}", project(READ, IDENTITY))
        .add("DELETE", PROJECT + "/invitations/{invitationId}", project(ADMIN, IDENTITY))
        .add("GET", PROJECT + "/config", project(READ, IDENTITY))
        .add("PUT", PROJECT + "/config", project(ADMIN, IDENTITY))
        .add("GET", PROJECT + "/activity", project(READ, IDENTITY))
        .add("GET", PROJECT + "/jobs", project(READ, IDENTITY))
        .add("GET", JOB, project(READ, IDENTITY))
        .add("GET", JOB + "/stream", project(READ, IDENTITY))
        .add("POST", JOB + "/cancel", project(WRITE, IDENTITY))
        // identity: teams; team membership and team roles are checked by identity
        .add("GET", "/api/teams", signedIn(VIEWER, IDENTITY))
        .add("POST", "/api/teams", signedIn(DEV, IDENTITY))
        .add("GET", TEAM, signedIn(VIEWER, IDENTITY))
        .add("PATCH", TEAM, signedIn(VIEWER, IDENTITY))
        .add("DELETE", TEAM, signedIn(VIEWER, IDENTITY))
        .add("GET", TEAM + "/members", signedIn(VIEWER, IDENTITY))
        .add("POST", TEAM + "/members", signedIn(VIEWER, IDENTITY))
        .add("PATCH", TEAM + "/members/{userId}", signedIn(VIEWER, IDENTITY))
        .add("DELETE", TEAM + "/members/{userId}", signedIn(VIEWER, IDENTITY))
        // identity: the caller's own account; password and deletion are rate-limited
        .add("GET", ACCOUNT + "/profile", signedIn(VIEWER, IDENTITY))
        .add("PATCH", ACCOUNT + "/profile", signedIn(VIEWER, IDENTITY))
        .add("POST", ACCOUNT + "/password", signedIn(VIEWER, IDENTITY).withRateLimit())
        .add("GET", ACCOUNT + "/sessions", signedIn(VIEWER, IDENTITY))
        .add("DELETE", ACCOUNT + "/sessions/{sessionId}", signedIn(VIEWER, IDENTITY))
        .add("DELETE", ACCOUNT, signedIn(VIEWER, IDENTITY).withRateLimit())
        .add("GET", ACCOUNT + "/2fa", signedIn(VIEWER, IDENTITY))
        .add("POST", ACCOUNT + "/2fa/setup", signedIn(VIEWER, IDENTITY))
        .add("POST", ACCOUNT + "/2fa/enable", signedIn(VIEWER, IDENTITY).withRateLimit())
        .add("POST", ACCOUNT + "/2fa/disable", signedIn(VIEWER, IDENTITY).withRateLimit())
        // identity: platform governance
        .add("GET", GOVERNANCE + "/users", signedIn(SUPER_ADMIN, IDENTITY))
        .add("PATCH", GOVERNANCE + "/users/{userId}", signedIn(SUPER_ADMIN, IDENTITY))
        .add("GET", GOVERNANCE + "/stats", signedIn(SUPER_ADMIN, IDENTITY))
        .add("GET", GOVERNANCE + "/audit", signedIn(SUPER_ADMIN, IDENTITY))
        // introspection: connections, snapshots and what is derived from them
        .add("GET", CONNECTIONS, project(READ, INTROSPECTION))
        .add("POST", CONNECTIONS, project(WRITE, INTROSPECTION))
        .add("POST", CONNECTIONS + "/test", project(WRITE, INTROSPECTION))
        .add("POST", CONNECTIONS + "/ssh-host-key", project(WRITE, INTROSPECTION))
        .add("GET", CONNECTIONS + "/{connectionId}", project(READ, INTROSPECTION))
        .add("PUT", CONNECTIONS + "/{connectionId}", project(WRITE, INTROSPECTION))
        .add("DELETE", CONNECTIONS + "/{connectionId}", project(ADMIN, INTROSPECTION))
        .add("POST", CONNECTIONS + "/{connectionId}/test", project(READ, INTROSPECTION))
        .add("GET", SNAPSHOTS, project(READ, INTROSPECTION))
        .add("POST", SNAPSHOTS, project(WRITE, INTROSPECTION))
        .add("GET", SNAPSHOTS + "/{snapshotId}", project(READ, INTROSPECTION))
        .add("DELETE", SNAPSHOTS + "/{snapshotId}", project(WRITE, INTROSPECTION))
        .add("GET", SNAPSHOTS + "/{snapshotId}/docs", project(READ, INTROSPECTION))
        .add("GET", PROJECT + "/schema/diff", project(READ, INTROSPECTION))
        .add("GET", PROJECT + "/schema/migration", project(READ, INTROSPECTION))
        .add("GET", PROJECT + "/schema/health", project(READ, INTROSPECTION))
        .add("GET", PROJECT + "/schema/insights", project(READ, INTROSPECTION))
        .add("GET", PROJECT + "/graph", project(READ, INTROSPECTION))
        // the data explorer; production connections are read-only below admin (service rule)
        .add("GET", DATA + "/rows", project(READ, INTROSPECTION))
        .add("POST", DATA + "/rows", project(WRITE, INTROSPECTION))
        .add("PATCH", DATA + "/rows", project(WRITE, INTROSPECTION))
        .add("DELETE", DATA + "/rows", project(WRITE, INTROSPECTION))
        .add("GET", DATA + "/related", project(READ, INTROSPECTION))
        .add("GET", PROJECT + "/annotations", project(READ, INTROSPECTION))
        .add("POST", PROJECT + "/annotations", project(WRITE, INTROSPECTION))
        .add("PUT", PROJECT + "/annotations/{annotationId}", project(WRITE, INTROSPECTION))
        .add("DELETE", PROJECT + "/annotations/{annotationId}", project(WRITE, INTROSPECTION))
        .add("GET", PROJECT + "/references", project(READ, INTROSPECTION))
        .add("POST", PROJECT + "/references", project(WRITE, INTROSPECTION))
        .add("POST", PROJECT + "/references/adopt", project(WRITE, INTROSPECTION))
        .add("PUT", PROJECT + "/references/{referenceId}", project(WRITE, INTROSPECTION))
        .add("DELETE", PROJECT + "/references/{referenceId}", project(WRITE, INTROSPECTION))
        .add("GET", PROJECT + "/relations", project(READ, INTROSPECTION))
        .add("PUT", PROJECT + "/relations", project(WRITE, INTROSPECTION))
        .add("DELETE", PROJECT + "/relations/{relationId}", project(WRITE, INTROSPECTION))
        // generation
        .add("POST", PROJECT + "/diagnostics/selftest", project(WRITE, GENERATION))
        // seed generation: plans and previews read; runs write into the target database
        .add("POST", SEED + "/plan", project(READ, GENERATION))
        .add("POST", SEED + "/preview", project(READ, GENERATION))
        .add("POST", SEED + "/runs", project(WRITE, GENERATION))
        .add("GET", SEED + "/history", project(READ, GENERATION))
        .add("GET", SEED + "/history/{historyId}", project(READ, GENERATION))
        .add("GET", TEMPLATES, project(READ, GENERATION))
        .add("POST", TEMPLATES, project(WRITE, GENERATION))
        .add("GET", TEMPLATES + "/{templateId}", project(READ, GENERATION))
        .add("PUT", TEMPLATES + "/{templateId}", project(WRITE, GENERATION))
        .add("DELETE", TEMPLATES + "/{templateId}", project(WRITE, GENERATION))
        .add("POST", TEMPLATES + "/{templateId}/resolve", project(READ, GENERATION))
        .add("POST", TEMPLATES + "/{templateId}/run", project(WRITE, GENERATION))
        // patch and compliance: their first read models
        .add("GET", PROJECT + "/patches", project(READ, PATCH))
        .add("GET", PROJECT + "/validation/scans", project(READ, COMPLIANCE))
        // API docs: each service's OpenAPI document, and the Swagger UI the gateway serves
        .add("GET", "/api/docs/{service}/openapi", anonymous(new RouteTarget.ServiceDocs()))
        .add("GET", "/api/docs/**", anonymous(new RouteTarget.Local()));
  }
}
