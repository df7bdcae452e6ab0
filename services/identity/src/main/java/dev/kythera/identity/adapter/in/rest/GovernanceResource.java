package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.AuditView;
import dev.kythera.identity.application.port.in.GetPlatformStatsUseCase;
import dev.kythera.identity.application.port.in.GetPlatformStatsUseCase.PlatformStats;
import dev.kythera.identity.application.port.in.GovernUsersUseCase;
import dev.kythera.identity.application.port.in.GovernUsersUseCase.GovernedUser;
import dev.kythera.identity.application.port.in.QueryAuditLogUseCase;
import dev.kythera.identity.domain.audit.AuditQuery;
import dev.kythera.identity.domain.paging.Cursor;
import dev.kythera.identity.domain.paging.Page;
import dev.kythera.identity.domain.validation.Violations;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.id.UserId;
import dev.kythera.platform.security.CallerContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Inbound adapter (REST): platform governance, super_admin only. The token's role is checked here
 * ({@code requireRole}) and the account's role again in the database by the use cases.
 */
@Path("/api/governance")
@Produces(MediaType.APPLICATION_JSON)
public class GovernanceResource {
  private final GovernUsersUseCase users;
  private final GetPlatformStatsUseCase stats;
  private final QueryAuditLogUseCase audit;
  private final CallerContext caller;
  private final CurrentActor actor;

  public GovernanceResource(
      GovernUsersUseCase users,
      GetPlatformStatsUseCase stats,
      QueryAuditLogUseCase audit,
      CallerContext caller,
      CurrentActor actor) {
    this.users = users;
    this.stats = stats;
    this.audit = audit;
    this.caller = caller;
    this.actor = actor;
  }

  /** Changes to an account; absent fields stay as they are. */
  public record GovernUserRequest(String role, String plan, Boolean enabled) {}

  @GET
  @Path("/users")
  @Transactional
  @Operation(summary = "Search accounts by email or name (q), newest first, cursor-paged")
  public Page<GovernedUser> search(
      @QueryParam("q") String q,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    var governor = governor();
    return users.search(governor, q, cursor, QueryParams.limit(limit));
  }

  @PATCH
  @Path("/users/{userId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary = "Change an account's role, plan or enabled flag (disabling ends its sessions)")
  public RestResponse<GovernedUser> update(
      @PathParam("userId") String userId, GovernUserRequest request) {
    var governor = governor();
    UserId id = UserId.parse(userId);
    GovernUserRequest body = RestCallers.body(request);
    new Violations()
        .check(
            body.role() == null || Role.fromWire(body.role()).isPresent(),
            "role",
            "must be viewer, qa, dev, admin or super_admin")
        .check(
            body.plan() == null || Plan.fromWire(body.plan()).isPresent(),
            "plan",
            "must be starter, pro or enterprise")
        .throwIfAny();
    GovernedUser updated =
        users.update(
            governor,
            id,
            body.role() == null ? null : Role.fromWire(body.role()).orElseThrow(),
            body.plan() == null ? null : Plan.fromWire(body.plan()).orElseThrow(),
            body.enabled());
    return AccountChanges.changed(updated, id.value());
  }

  @GET
  @Path("/stats")
  @Transactional
  @Operation(summary = "Platform statistics: users, projects, teams, connections, jobs by status")
  public PlatformStats stats() {
    return stats.stats(governor());
  }

  @GET
  @Path("/audit")
  @Transactional
  @Operation(
      summary = "Platform-wide audit log (filters: user, project, action, outcome, from, to)")
  public Page<AuditView> audit(
      @QueryParam("user") String user,
      @QueryParam("project") String project,
      @QueryParam("action") String action,
      @QueryParam("outcome") String outcome,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    var governor = governor();
    AuditQuery query =
        new AuditQuery(
            QueryParams.uuid("project", project),
            QueryParams.uuid("user", user),
            QueryParams.text(action),
            QueryParams.outcome(outcome),
            QueryParams.instant("from", from),
            QueryParams.instant("to", to),
            Cursor.decode(cursor),
            QueryParams.limit(limit));
    return audit.platform(governor, query);
  }

  /** The signed-in super_admin: 401 when anonymous, 403 for any other role. */
  private dev.kythera.identity.application.port.in.Actor governor() {
    caller.requireUser();
    caller.requireRole(Role.SUPER_ADMIN);
    return actor.get();
  }
}
