package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.AuditView;
import dev.kythera.identity.application.port.in.QueryAuditLogUseCase;
import dev.kythera.identity.domain.audit.AuditQuery;
import dev.kythera.identity.domain.paging.Cursor;
import dev.kythera.identity.domain.paging.Page;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.platform.security.CallerContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): a project's activity feed, newest first, cursor-paged. */
@Path("/api/projects/{projectId}/activity")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {
  private final QueryAuditLogUseCase audit;
  private final CallerContext caller;
  private final CurrentActor actor;

  public ActivityResource(QueryAuditLogUseCase audit, CallerContext caller, CurrentActor actor) {
    this.audit = audit;
    this.caller = caller;
    this.actor = actor;
  }

  @GET
  @Transactional
  @Operation(
      summary =
          "Activity of the project (filters: user, action — exact or prefix*, from, to; cursor)")
  public Page<AuditView> activity(
      @PathParam("projectId") String projectId,
      @QueryParam("user") String user,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    ProjectId id = ProjectId.parse(projectId);
    caller.requireProject(id.value(), ProjectPermission.READ);
    AuditQuery query =
        new AuditQuery(
            Optional.of(id.value()),
            QueryParams.uuid("user", user),
            QueryParams.text(action),
            Optional.empty(),
            QueryParams.instant("from", from),
            QueryParams.instant("to", to),
            Cursor.decode(cursor),
            QueryParams.limit(limit));
    return audit.activity(actor.get(), id, query);
  }
}
