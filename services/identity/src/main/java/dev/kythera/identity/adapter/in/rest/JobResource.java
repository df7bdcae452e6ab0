package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.CancelJobUseCase;
import dev.kythera.identity.application.port.in.CheckProjectAccessUseCase;
import dev.kythera.identity.application.port.in.QueryJobsUseCase;
import dev.kythera.identity.application.port.in.WatchJobUseCase;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.JobId;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.UserId;
import dev.kythera.platform.security.CallerContext;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
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
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Inbound adapter (REST): the jobs of a project, live progress over SSE, cancel. */
@Path("/api/projects/{projectId}/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {
  private static final Logger LOG = Logger.getLogger(JobResource.class);

  private final QueryJobsUseCase queries;
  private final WatchJobUseCase watch;
  private final CancelJobUseCase cancel;
  private final CheckProjectAccessUseCase access;
  private final CallerContext caller;

  public JobResource(
      QueryJobsUseCase queries,
      WatchJobUseCase watch,
      CancelJobUseCase cancel,
      CheckProjectAccessUseCase access,
      CallerContext caller) {
    this.queries = queries;
    this.watch = watch;
    this.cancel = cancel;
    this.access = access;
    this.caller = caller;
  }

  @GET
  @Operation(summary = "Jobs of the project, newest first")
  public List<JobResponse> list(
      @PathParam("projectId") String projectId,
      @QueryParam("status") String status,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    UUID project = project(projectId, ProjectPermission.READ);
    return queries.list(project, status, limit).stream().map(JobResponse::from).toList();
  }

  @GET
  @Path("/{jobId}")
  @Operation(summary = "One job")
  public JobResponse get(
      @PathParam("projectId") String projectId, @PathParam("jobId") String jobId) {
    UUID project = project(projectId, ProjectPermission.READ);
    return JobResponse.from(queries.get(project, JobId.parse(jobId).value()));
  }

  @GET
  @Path("/{jobId}/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  @Blocking // the access checks read the database before the stream starts
  @Operation(summary = "Live job state over SSE; the stream ends after the terminal state")
  public Multi<JobResponse> stream(
      @PathParam("projectId") String projectId, @PathParam("jobId") String jobId) {
    UUID project = project(projectId, ProjectPermission.READ);
    UUID job = JobId.parse(jobId).value();
    queries.get(project, job); // 404 as problem+json before the stream starts
    return Multi.createFrom()
        .emitter(
            emitter -> {
              AutoCloseable handle =
                  watch.watch(
                      project,
                      job,
                      view -> {
                        emitter.emit(JobResponse.from(view));
                        if (view.terminal()) {
                          emitter.complete();
                        }
                      });
              emitter.onTermination(() -> close(handle));
            });
  }

  @POST
  @Path("/{jobId}/cancel")
  @Operation(summary = "Ask the job's service to cancel it")
  public Response cancel(
      @PathParam("projectId") String projectId, @PathParam("jobId") String jobId) {
    UUID project = project(projectId, ProjectPermission.WRITE);
    return Response.accepted(
            JobResponse.from(
                cancel.cancel(project, JobId.parse(jobId).value(), caller.requireUser())))
        .build();
  }

  /**
   * Defence in depth: the token must be minted for this project with enough permission, and the
   * membership must still hold in the database (a member removed seconds ago is refused).
   */
  private UUID project(String projectId, ProjectPermission needed) {
    ProjectId project = ProjectId.parse(projectId);
    caller.requireProject(project.value(), needed);
    boolean member =
        access
            .permissionOf(project, new UserId(caller.requireUser()))
            .map(granted -> granted.includes(needed))
            .orElse(false);
    if (!member) {
      throw KytheraException.notFound("Project " + project);
    }
    return project.value();
  }

  private static void close(AutoCloseable handle) {
    try {
      handle.close();
    } catch (Exception e) {
      LOG.debugf("Closing a job watch failed: %s", e.getMessage());
    }
  }
}
