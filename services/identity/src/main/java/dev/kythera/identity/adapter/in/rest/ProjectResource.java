package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.CreateProjectUseCase;
import dev.kythera.identity.application.port.in.CreateProjectUseCase.CreateProjectCommand;
import dev.kythera.identity.application.port.in.DeleteProjectUseCase;
import dev.kythera.identity.application.port.in.GetProjectUseCase;
import dev.kythera.identity.application.port.in.ListProjectsUseCase;
import dev.kythera.identity.application.port.in.ProjectView;
import dev.kythera.identity.application.port.in.UpdateProjectUseCase;
import dev.kythera.identity.application.port.in.UpdateProjectUseCase.UpdateProjectCommand;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.id.ProjectId;
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
  private final CallerContext caller;

  public ProjectResource(
      CreateProjectUseCase create,
      ListProjectsUseCase list,
      GetProjectUseCase get,
      UpdateProjectUseCase update,
      DeleteProjectUseCase delete,
      CallerContext caller) {
    this.create = create;
    this.list = list;
    this.get = get;
    this.update = update;
    this.delete = delete;
    this.caller = caller;
  }

  /** A new project. */
  public record CreateProjectRequest(String name, String description) {}

  /** Fields to change; absent fields stay as they are. */
  public record UpdateProjectRequest(String name, String description) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Create a project owned by the caller")
  public Response create(CreateProjectRequest request) {
    CreateProjectRequest body = RestCallers.body(request);
    ProjectView project =
        create.create(
            new CreateProjectCommand(RestCallers.actor(caller), body.name(), body.description()));
    return Response.created(URI.create("/api/projects/" + project.id())).entity(project).build();
  }

  @GET
  @Transactional
  @Operation(summary = "Projects the caller is a member of, newest first")
  public List<ProjectView> list() {
    return list.list(RestCallers.actor(caller));
  }

  @GET
  @Path("/{projectId}")
  @Transactional
  @Operation(summary = "One project")
  public ProjectView get(@PathParam("projectId") String projectId) {
    ProjectId id = ProjectId.parse(projectId);
    caller.requireProject(id.value(), ProjectPermission.READ);
    return get.get(RestCallers.actor(caller), id);
  }

  @PATCH
  @Path("/{projectId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Rename or re-describe a project (owner)")
  public ProjectView update(
      @PathParam("projectId") String projectId, UpdateProjectRequest request) {
    ProjectId id = ProjectId.parse(projectId);
    caller.requireProject(id.value(), ProjectPermission.OWNER);
    UpdateProjectRequest body = RestCallers.body(request);
    return update.update(
        new UpdateProjectCommand(RestCallers.actor(caller), id, body.name(), body.description()));
  }

  @DELETE
  @Path("/{projectId}")
  @Transactional
  @Operation(summary = "Delete a project (owner)")
  public Response delete(@PathParam("projectId") String projectId) {
    ProjectId id = ProjectId.parse(projectId);
    caller.requireProject(id.value(), ProjectPermission.OWNER);
    delete.delete(RestCallers.actor(caller), id);
    return Response.noContent().build();
  }
}
