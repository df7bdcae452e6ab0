package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.ManageTeamMembersUseCase;
import dev.kythera.identity.application.port.in.ManageTeamMembersUseCase.MemberCommand;
import dev.kythera.identity.application.port.in.ManageTeamsUseCase;
import dev.kythera.identity.application.port.in.ManageTeamsUseCase.TeamNameCommand;
import dev.kythera.identity.application.port.in.TeamView;
import dev.kythera.identity.application.port.in.TeamView.TeamMemberView;
import dev.kythera.kernel.id.TeamId;
import dev.kythera.kernel.id.UserId;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): teams and their members. */
@Path("/api/teams")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {
  private final ManageTeamsUseCase teams;
  private final ManageTeamMembersUseCase members;
  private final CurrentActor actor;

  public TeamResource(
      ManageTeamsUseCase teams, ManageTeamMembersUseCase members, CurrentActor actor) {
    this.teams = teams;
    this.members = members;
    this.actor = actor;
  }

  /** A team's name. */
  public record TeamRequest(String name) {}

  /** An account to add, by email, with its team role. */
  public record MemberRequest(String email, String role) {}

  /** A new team role. */
  public record RoleRequest(String role) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Create a team; the caller becomes its admin (role dev or higher)")
  public Response create(TeamRequest request) {
    var creator = actor.teamUser();
    TeamView team = teams.create(creator, new TeamNameCommand(RestCallers.body(request).name()));
    return Response.created(URI.create("/api/teams/" + team.id())).entity(team).build();
  }

  @GET
  @Transactional
  @Operation(summary = "The caller's teams, newest first")
  public List<TeamView> list() {
    return teams.list(actor.get());
  }

  @GET
  @Path("/{teamId}")
  @Transactional
  @Operation(summary = "One team with its members (members only)")
  public TeamView get(@PathParam("teamId") String teamId) {
    return teams.get(actor.get(), TeamId.parse(teamId));
  }

  @PATCH
  @Path("/{teamId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Rename a team (team admin)")
  public TeamView rename(@PathParam("teamId") String teamId, TeamRequest request) {
    var admin = actor.teamUser();
    return teams.rename(
        admin, TeamId.parse(teamId), new TeamNameCommand(RestCallers.body(request).name()));
  }

  @DELETE
  @Path("/{teamId}")
  @Transactional
  @Operation(summary = "Delete a team (team admin); its projects become personal")
  public Response delete(@PathParam("teamId") String teamId) {
    teams.delete(actor.get(), TeamId.parse(teamId));
    return Response.noContent().build();
  }

  @GET
  @Path("/{teamId}/members")
  @Transactional
  @Operation(summary = "A team's members (members only)")
  public List<TeamMemberView> members(@PathParam("teamId") String teamId) {
    return teams.get(actor.get(), TeamId.parse(teamId)).members();
  }

  @POST
  @Path("/{teamId}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Add an existing account by email (team admin)")
  public Response addMember(@PathParam("teamId") String teamId, MemberRequest request) {
    var admin = actor.teamUser();
    MemberRequest body = RestCallers.body(request);
    TeamMemberView member =
        members.add(admin, TeamId.parse(teamId), MemberCommand.of(body.email(), body.role()));
    return Response.created(URI.create("/api/teams/" + teamId + "/members/" + member.userId()))
        .entity(member)
        .build();
  }

  @PATCH
  @Path("/{teamId}/members/{userId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Change a member's team role (team admin)")
  public TeamMemberView changeRole(
      @PathParam("teamId") String teamId, @PathParam("userId") String userId, RoleRequest request) {
    var admin = actor.teamUser();
    TeamId team = TeamId.parse(teamId);
    UserId user = UserId.parse(userId);
    return members.changeRole(
        admin, team, user, ManageTeamMembersUseCase.role(RestCallers.body(request).role()));
  }

  @DELETE
  @Path("/{teamId}/members/{userId}")
  @Transactional
  @Operation(summary = "Remove a member (team admin) or leave the team (yourself)")
  public Response removeMember(
      @PathParam("teamId") String teamId, @PathParam("userId") String userId) {
    members.remove(actor.get(), TeamId.parse(teamId), UserId.parse(userId));
    return Response.noContent().build();
  }
}
