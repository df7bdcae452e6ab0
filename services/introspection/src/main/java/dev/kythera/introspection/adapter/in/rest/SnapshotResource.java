package dev.kythera.introspection.adapter.in.rest;

import dev.kythera.introspection.application.port.in.CaptureSnapshotUseCase;
import dev.kythera.introspection.application.port.in.ReadSnapshotsUseCase;
import dev.kythera.introspection.domain.snapshot.Snapshot;
import dev.kythera.introspection.domain.snapshot.SnapshotSummary;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.platform.jobs.JobSnapshot;
import dev.kythera.platform.security.CallerContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): capturing and reading schema snapshots. */
@Path("/api/projects/{projectId}/schema/snapshots")
@Produces(MediaType.APPLICATION_JSON)
public class SnapshotResource {
  private final CaptureSnapshotUseCase capture;
  private final ReadSnapshotsUseCase snapshots;
  private final CallerContext caller;

  public SnapshotResource(
      CaptureSnapshotUseCase capture, ReadSnapshotsUseCase snapshots, CallerContext caller) {
    this.capture = capture;
    this.snapshots = snapshots;
    this.caller = caller;
  }

  /** Which connection to introspect, optionally limited to some schemas. */
  public record CaptureRequest(UUID connectionId, List<String> schemas) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start an introspection job; its result names the new snapshot")
  public Response capture(@PathParam("projectId") UUID projectId, CaptureRequest body) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    if (body == null || body.connectionId() == null) {
      throw KytheraException.invalid("connectionId", "is required");
    }
    List<String> schemas = body.schemas() == null ? List.of() : body.schemas();
    if (schemas.size() > 100 || schemas.stream().anyMatch(s -> s == null || s.isBlank())) {
      throw KytheraException.invalid("schemas", "must be at most 100 non-empty names");
    }
    JobSnapshot job =
        capture.capture(projectId, caller.requireUser(), body.connectionId(), schemas);
    return Response.accepted(job).build();
  }

  @GET
  @Operation(summary = "Snapshots of the project, newest first")
  public List<SnapshotSummary> list(
      @PathParam("projectId") UUID projectId, @QueryParam("connectionId") UUID connectionId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return snapshots.list(projectId, Optional.ofNullable(connectionId));
  }

  @GET
  @Path("/{snapshotId}")
  @Operation(summary = "One snapshot with its canonical schema model")
  public Snapshot get(
      @PathParam("projectId") UUID projectId, @PathParam("snapshotId") UUID snapshotId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return snapshots.get(projectId, snapshotId);
  }

  @DELETE
  @Path("/{snapshotId}")
  @Operation(summary = "Delete a snapshot")
  public Response delete(
      @PathParam("projectId") UUID projectId, @PathParam("snapshotId") UUID snapshotId) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    snapshots.delete(projectId, snapshotId);
    return Response.noContent().build();
  }
}
