package dev.kythera.generation.adapter.in.rest;

import dev.kythera.generation.application.port.in.RunSelfTestUseCase;
import dev.kythera.generation.application.port.in.RunSelfTestUseCase.RunSelfTestCommand;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.platform.jobs.JobSnapshot;
import dev.kythera.platform.security.CallerContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): diagnostics of the generation service's job pipeline. */
@Path("/api/projects/{projectId}/diagnostics")
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosticsResource {
  private final RunSelfTestUseCase selfTest;
  private final CallerContext caller;

  public DiagnosticsResource(RunSelfTestUseCase selfTest, CallerContext caller) {
    this.selfTest = selfTest;
    this.caller = caller;
  }

  /** Body of a self-test request; every field is optional. */
  public record SelfTestRequest(Integer steps, Integer stepMillis, String failWith) {}

  @POST
  @Path("/selftest")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a self-test job that walks through N steps, reporting progress")
  public Response start(@PathParam("projectId") UUID projectId, SelfTestRequest request) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    SelfTestRequest body = request == null ? new SelfTestRequest(null, null, null) : request;
    JobSnapshot job =
        selfTest.runSelfTest(
            new RunSelfTestCommand(
                projectId,
                caller.requireUser(),
                body.steps() == null ? 10 : body.steps(),
                body.stepMillis() == null ? 100 : body.stepMillis(),
                body.failWith()));
    return Response.accepted(job).build();
  }
}
