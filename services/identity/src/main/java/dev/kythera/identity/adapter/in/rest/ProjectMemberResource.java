package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.ManageProjectMembersUseCase;
import dev.kythera.identity.application.port.in.ManageProjectMembersUseCase.InvitationOutcome;
import dev.kythera.identity.application.port.in.ManageProjectMembersUseCase.InviteCommand;
import dev.kythera.identity.application.port.in.ProjectMembersView;
import dev.kythera.identity.application.port.in.ProjectMembersView.MemberView;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.id.Ids;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.UserId;
import dev.kythera.platform.security.CallerContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Inbound adapter (REST): a project's members and invitations. Each route first checks the
 * gateway's project claim (defence in depth), then the use case checks the database.
 */
@Path("/api/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectMemberResource {
  private final ManageProjectMembersUseCase members;
  private final CallerContext caller;
  private final CurrentActor actor;

  public ProjectMemberResource(
      ManageProjectMembersUseCase members, CallerContext caller, CurrentActor actor) {
    this.members = members;
    this.caller = caller;
    this.actor = actor;
  }

  /** An address to invite and the permission it gets. */
  public record InviteRequest(String email, String permission) {}

  /** A new permission. */
  public record PermissionRequest(String permission) {}

  @GET
  @Path("/members")
  @Transactional
  @Operation(summary = "Everyone with access, and pending invitations (for project admins)")
  public ProjectMembersView list(@PathParam("projectId") String projectId) {
    return members.list(actor.get(), project(projectId, ProjectPermission.READ));
  }

  @POST
  @Path("/members")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Invite by email (project admin): access at once, or a pending invitation")
  public Response invite(@PathParam("projectId") String projectId, InviteRequest request) {
    ProjectId id = project(projectId, ProjectPermission.ADMIN);
    InviteRequest body = RestCallers.body(request);
    InvitationOutcome outcome =
        members.invite(actor.get(), id, InviteCommand.of(body.email(), body.permission()));
    return Response.status(Response.Status.CREATED).entity(outcome).build();
  }

  @PATCH
  @Path("/members/{userId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Change a member's direct permission (project admin; owner for owner)")
  public MemberView change(
      @PathParam("projectId") String projectId,
      @PathParam("userId") String userId,
      PermissionRequest request) {
    ProjectId id = project(projectId, ProjectPermission.ADMIN);
    UserId user = UserId.parse(userId);
    return members.change(
        actor.get(),
        id,
        user,
        ManageProjectMembersUseCase.permission(RestCallers.body(request).permission()));
  }

  @DELETE
  @Path("/members/{userId}")
  @Transactional
  @Operation(summary = "Remove a member (project admin) or leave the project (yourself)")
  public Response remove(
      @PathParam("projectId") String projectId, @PathParam("userId") String userId) {
    ProjectId id = project(projectId, ProjectPermission.READ);
    members.remove(actor.get(), id, UserId.parse(userId));
    return Response.noContent().build();
  }

  @DELETE
  @Path("/invitations/{invitationId}")
  @Transactional
  @Operation(summary = "Cancel a pending invitation (project admin)")
  public Response cancelInvitation(
      @PathParam("projectId") String projectId, @PathParam("invitationId") String invitationId) {
    ProjectId id = project(projectId, ProjectPermission.ADMIN);
    members.cancelInvitation(actor.get(), id, Ids.parse("invitationId", invitationId));
    return Response.noContent().build();
  }

  private ProjectId project(String projectId, ProjectPermission needed) {
    ProjectId id = ProjectId.parse(projectId);
    caller.requireProject(id.value(), needed);
    return id;
  }
}
