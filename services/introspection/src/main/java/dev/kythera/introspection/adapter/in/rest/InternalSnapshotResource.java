package dev.kythera.introspection.adapter.in.rest;

import dev.kythera.introspection.application.port.in.ManageSchemaNotesUseCase;
import dev.kythera.introspection.application.port.in.ReadSnapshotsUseCase;
import dev.kythera.introspection.domain.knowledge.Reference;
import dev.kythera.introspection.domain.snapshot.Snapshot;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.platform.security.CallerContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Inbound adapter (internal REST): snapshots for the services that act on a schema (generation
 * plans seeds from one, compliance scans one). Service tokens only.
 */
@Path("/internal/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
public class InternalSnapshotResource {
  private final ReadSnapshotsUseCase snapshots;
  private final ManageSchemaNotesUseCase notes;
  private final CallerContext caller;

  public InternalSnapshotResource(
      ReadSnapshotsUseCase snapshots, ManageSchemaNotesUseCase notes, CallerContext caller) {
    this.snapshots = snapshots;
    this.notes = notes;
    this.caller = caller;
  }

  /** The connection's reference definitions: seeding draws columns' values from them. */
  @GET
  @Path("/connections/{connectionId}/references")
  @Operation(hidden = true)
  public List<Reference> references(
      @PathParam("projectId") UUID projectId, @PathParam("connectionId") UUID connectionId) {
    caller.requireService(InternalApi.CALLERS);
    return notes.references(projectId, connectionId);
  }

  @GET
  @Path("/schema/snapshots/{snapshotId}")
  @Operation(hidden = true)
  public Snapshot snapshot(
      @PathParam("projectId") UUID projectId, @PathParam("snapshotId") UUID snapshotId) {
    caller.requireService(InternalApi.CALLERS);
    return snapshots.get(projectId, snapshotId);
  }

  @GET
  @Path("/connections/{connectionId}/latest-snapshot")
  @Operation(hidden = true)
  public Snapshot latest(
      @PathParam("projectId") UUID projectId, @PathParam("connectionId") UUID connectionId) {
    caller.requireService(InternalApi.CALLERS);
    UUID newest =
        snapshots.list(projectId, Optional.of(connectionId)).stream()
            .findFirst()
            .orElseThrow(
                () ->
                    new KytheraException(
                        ErrorCode.CONFLICT,
                        "The connection has no snapshot yet: capture one first"))
            .id();
    return snapshots.get(projectId, newest);
  }
}
