package dev.kythera.generation.adapter.in.rest;

import dev.kythera.generation.application.port.in.ScenarioUseCase;
import dev.kythera.generation.application.port.in.ScenarioUseCase.ScenarioDraft;
import dev.kythera.generation.application.port.in.ScenarioUseCase.ScenarioRun;
import dev.kythera.generation.application.port.in.SeedSpec;
import dev.kythera.generation.domain.seed.scenario.SeedScenario;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.platform.jobs.JobSnapshot;
import dev.kythera.platform.security.CallerContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): QA templates — named, versioned, parameterised seeds. */
@Path("/api/projects/{projectId}/qa-templates")
@Produces(MediaType.APPLICATION_JSON)
public class ScenarioResource {
  private final ScenarioUseCase scenarios;
  private final CallerContext caller;

  public ScenarioResource(ScenarioUseCase scenarios, CallerContext caller) {
    this.scenarios = scenarios;
    this.caller = caller;
  }

  @GET
  @Operation(summary = "The project's QA templates")
  public List<SeedScenario> list(@PathParam("projectId") UUID projectId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return scenarios.list(projectId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a QA template")
  public Response create(@PathParam("projectId") UUID projectId, ScenarioDraft draft) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    SeedScenario created = scenarios.create(projectId, caller.requireUser(), draft);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("/{templateId}")
  @Operation(summary = "One QA template")
  public SeedScenario get(
      @PathParam("projectId") UUID projectId, @PathParam("templateId") UUID templateId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return scenarios.get(projectId, templateId);
  }

  @PUT
  @Path("/{templateId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a QA template (its version goes up)")
  public SeedScenario update(
      @PathParam("projectId") UUID projectId,
      @PathParam("templateId") UUID templateId,
      ScenarioDraft draft) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    return scenarios.update(projectId, templateId, draft);
  }

  @DELETE
  @Path("/{templateId}")
  @Operation(summary = "Delete a QA template")
  public Response delete(
      @PathParam("projectId") UUID projectId, @PathParam("templateId") UUID templateId) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    scenarios.delete(projectId, templateId);
    return Response.noContent().build();
  }

  @POST
  @Path("/{templateId}/resolve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The template's seed spec with these parameter values")
  public SeedSpec resolve(
      @PathParam("projectId") UUID projectId,
      @PathParam("templateId") UUID templateId,
      ScenarioRun run) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return scenarios.resolve(projectId, templateId, run);
  }

  @POST
  @Path("/{templateId}/run")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Run a QA template as a seed job")
  public Response run(
      @PathParam("projectId") UUID projectId,
      @PathParam("templateId") UUID templateId,
      ScenarioRun run) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    JobSnapshot job = scenarios.run(projectId, caller.requireUser(), templateId, run);
    return Response.accepted(job).build();
  }
}
