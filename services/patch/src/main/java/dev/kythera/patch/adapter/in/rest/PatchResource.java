package dev.kythera.patch.adapter.in.rest;

import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.patch.application.port.in.ListPatchesUseCase;
import dev.kythera.patch.domain.PatchFiche;
import dev.kythera.platform.security.CallerContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): a project's mass patches. */
@Path("/api/projects/{projectId}/patches")
@Produces(MediaType.APPLICATION_JSON)
public class PatchResource {
  private final ListPatchesUseCase patches;
  private final CallerContext caller;

  public PatchResource(ListPatchesUseCase patches, CallerContext caller) {
    this.patches = patches;
    this.caller = caller;
  }

  /** One patch as the API shows it. */
  public record PatchResponse(
      UUID id,
      String name,
      String description,
      String status,
      UUID createdBy,
      Instant createdAt,
      Instant updatedAt) {
    static PatchResponse of(PatchFiche patch) {
      return new PatchResponse(
          patch.id(),
          patch.name(),
          patch.description(),
          patch.status(),
          patch.createdBy(),
          patch.createdAt(),
          patch.updatedAt());
    }
  }

  @GET
  @Operation(summary = "List the project's mass patches, newest first")
  public List<PatchResponse> list(@PathParam("projectId") UUID projectId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return patches.list(projectId).stream().map(PatchResponse::of).toList();
  }
}
