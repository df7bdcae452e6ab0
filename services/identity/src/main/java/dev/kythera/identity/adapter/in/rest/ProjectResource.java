package dev.kythera.identity.adapter.in.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kythera.identity.application.port.in.CreateProjectUseCase;
import dev.kythera.identity.application.port.in.CreateProjectUseCase.CreateProjectCommand;
import dev.kythera.identity.application.port.in.DeleteProjectUseCase;
import dev.kythera.identity.application.port.in.GetProjectUseCase;
import dev.kythera.identity.application.port.in.ListProjectsUseCase;
import dev.kythera.identity.application.port.in.MoveProjectToTeamUseCase;
import dev.kythera.identity.application.port.in.ProjectView;
import dev.kythera.identity.application.port.in.UpdateProjectUseCase;
import dev.kythera.identity.application.port.in.UpdateProjectUseCase.UpdateProjectCommand;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.TeamId;
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
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Inbound adapter (REST): projects. Routes under {@code /{projectId}} check the gateway's project
 * claim first (defence in depth), then the use case checks membership in the database.
 */
@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {
  private final CreateProjectUseCase create;
  private final ListProjectsUseCase list;
  private final GetProjectUseCase get;
  private final UpdateProjectUseCase update;
  private final DeleteProjectUseCase delete;
  private final MoveProjectToTeamUseCase move;
  private final CallerContext caller;
  private final CurrentActor actor;

  public ProjectResource(
      CreateProjectUseCase create,
      ListProjectsUseCase list,
      GetProjectUseCase get,
      UpdateProjectUseCase update,
      DeleteProjectUseCase delete,
      MoveProjectToTeamUseCase move,
      CallerContext caller,
      CurrentActor actor) {
    this.create = create;
    this.list = list;
    this.get = get;
    this.update = update;
    this.delete = delete;
    this.move = move;
    this.caller = caller;
    this.actor = actor;
  }

  /** A new project, personal or in a team the caller belongs to (role dev or higher). */
  public record CreateProjectRequest(String name, String description, String teamId) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Create a project owned by the caller")
  public Response create(CreateProjectRequest request) {
    var creator = actor.projectUser();
    CreateProjectRequest body = RestCallers.body(request);
    Optional<TeamId> team =
        body.teamId() == null ? Optional.empty() : Optional.of(TeamId.parse(body.teamId()));
    ProjectView project =
        create.create(new CreateProjectCommand(creator, body.name(), body.description(), team));
    return Response.created(URI.create("/api/projects/" + project.id())).entity(project).build();
  }

  @GET
  @Transactional
  @Operation(summary = "Projects the caller is a member of, newest first")
  public List<ProjectView> list() {
    return list.list(actor.get());
  }

  @GET
  @Path("/{projectId}")
  @Transactional
  @Operation(summary = "One project")
  public ProjectView get(@PathParam("projectId") String projectId) {
    ProjectId id = ProjectId.parse(projectId);
    caller.requireProject(id.value(), ProjectPermission.READ);
    return get.get(actor.get(), id);
  }

  @PATCH
  @Path("/{projectId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary =
          "Change name, description or team (owner); {\"teamId\": null} makes it personal again")
  public ProjectView update(@PathParam("projectId") String projectId, JsonNode request) {
    ProjectId id = ProjectId.parse(projectId);
    caller.requireProject(id.value(), ProjectPermission.OWNER);
    ProjectPatch patch = ProjectPatch.read(RestCallers.body(request));
    ProjectView result = null;
    if (patch.name() != null || patch.description() != null || patch.team().isEmpty()) {
      result =
          update.update(
              new UpdateProjectCommand(actor.get(), id, patch.name(), patch.description()));
    }
    if (patch.team().isPresent()) {
      result = move.move(actor.get(), id, patch.team().get());
    }
    return result;
  }

  @DELETE
  @Path("/{projectId}")
  @Transactional
  @Operation(summary = "Delete a project (owner)")
  public Response delete(@PathParam("projectId") String projectId) {
    ProjectId id = ProjectId.parse(projectId);
    caller.requireProject(id.value(), ProjectPermission.OWNER);
    delete.delete(actor.get(), id);
    return Response.noContent().build();
  }
}
