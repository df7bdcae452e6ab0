package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.CheckProjectAccessUseCase;
import dev.kythera.identity.application.port.in.GetUserStatusUseCase;
import dev.kythera.identity.application.port.in.GetUserStatusUseCase.UserStatus;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.UserId;
import dev.kythera.platform.security.CallerContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Inbound adapter (REST, internal): what the gateway asks identity on behalf of each call. Only
 * service tokens are accepted; the gateway never routes {@code /internal/**} from outside.
 */
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
public class InternalResource {
  private final CheckProjectAccessUseCase access;
  private final GetUserStatusUseCase status;
  private final CallerContext caller;

  public InternalResource(
      CheckProjectAccessUseCase access, GetUserStatusUseCase status, CallerContext caller) {
    this.access = access;
    this.status = status;
    this.caller = caller;
  }

  /** A user's permission on a project. */
  public record ProjectAccessResponse(String projectId, String userId, String permission) {}

  @GET
  @Path("/projects/{projectId}/access")
  @Transactional
  @Operation(summary = "A user's permission on a project (404 when none)")
  public ProjectAccessResponse projectAccess(
      @PathParam("projectId") String projectId, @QueryParam("userId") String userId) {
    RestCallers.requireService(caller);
    ProjectId project = ProjectId.parse(projectId);
    UserId user = UserId.parse(userId);
    return access
        .permissionOf(project, user)
        .map(p -> new ProjectAccessResponse(project.toString(), user.toString(), p.wireName()))
        .orElseThrow(
            () ->
                new KytheraException(
                    ErrorCode.NOT_FOUND, "The user has no access to this project"));
  }

  @GET
  @Path("/users/{userId}/status")
  @Transactional
  @Operation(summary = "Whether a user is enabled, with role and plan")
  public UserStatus userStatus(@PathParam("userId") String userId) {
    RestCallers.requireService(caller);
    return status.status(UserId.parse(userId));
  }
}
