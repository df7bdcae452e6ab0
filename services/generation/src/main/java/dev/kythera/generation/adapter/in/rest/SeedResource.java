package dev.kythera.generation.adapter.in.rest;

import dev.kythera.generation.application.port.in.SeedPlanView;
import dev.kythera.generation.application.port.in.SeedSpec;
import dev.kythera.generation.application.port.in.SeedUseCase;
import dev.kythera.generation.domain.seed.history.SeedHistory;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.platform.jobs.JobSnapshot;
import dev.kythera.platform.security.CallerContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Inbound adapter (REST): seed generation — plan, dry-run preview, run as a job, history. Bad plans
 * answer 400 with every problem and its field, before anything is written.
 */
@Path("/api/projects/{projectId}/seed")
@Produces(MediaType.APPLICATION_JSON)
public class SeedResource {
  private final SeedUseCase seeds;
  private final CallerContext caller;

  public SeedResource(SeedUseCase seeds, CallerContext caller) {
    this.seeds = seeds;
    this.caller = caller;
  }

  @POST
  @Path("/plan")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Validate a seed request and show its plan: tables, rows, generators")
  public SeedPlanView plan(@PathParam("projectId") UUID projectId, SeedSpec spec) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return seeds.plan(projectId, spec);
  }

  @POST
  @Path("/preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Dry run: the first rows of every table, as a run writes them; writes nothing")
  public SeedPlanView.Preview preview(
      @PathParam("projectId") UUID projectId,
      @QueryParam("rows") @DefaultValue("10") int rows,
      SeedSpec spec) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return seeds.preview(projectId, spec, rows);
  }

  @POST
  @Path("/runs")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Seed the target database: a job with progress per table, cancellable")
  public Response run(@PathParam("projectId") UUID projectId, SeedSpec spec) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    JobSnapshot job = seeds.start(projectId, caller.requireUser(), spec, null);
    return Response.accepted(job).build();
  }

  @GET
  @Path("/history")
  @Operation(summary = "The project's seed runs, newest first")
  public List<SeedHistory> history(
      @PathParam("projectId") UUID projectId, @QueryParam("limit") @DefaultValue("50") int limit) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return seeds.history(projectId, limit);
  }

  @GET
  @Path("/history/{historyId}")
  @Operation(summary = "One seed run: rows per table, seed, integrity report, outcome")
  public SeedHistory history(
      @PathParam("projectId") UUID projectId, @PathParam("historyId") UUID historyId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return seeds.history(projectId, historyId);
  }
}
