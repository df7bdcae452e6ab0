package dev.kythera.compliance.adapter.in.rest;

import dev.kythera.compliance.application.port.in.ListScansUseCase;
import dev.kythera.compliance.domain.ValidationScanRun;
import dev.kythera.kernel.access.ProjectPermission;
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

/** Inbound adapter (REST): a project's validation scans. */
@Path("/api/projects/{projectId}/validation/scans")
@Produces(MediaType.APPLICATION_JSON)
public class ScanResource {
  private final ListScansUseCase scans;
  private final CallerContext caller;

  public ScanResource(ListScansUseCase scans, CallerContext caller) {
    this.scans = scans;
    this.caller = caller;
  }

  /** One scan as the API shows it. */
  public record ScanResponse(
      UUID id,
      UUID connectionId,
      String status,
      int ruleCount,
      long violationCount,
      UUID createdBy,
      Instant startedAt,
      Instant completedAt) {
    static ScanResponse of(ValidationScanRun scan) {
      return new ScanResponse(
          scan.id(),
          scan.connectionId(),
          scan.status(),
          scan.ruleCount(),
          scan.violationCount(),
          scan.createdBy(),
          scan.startedAt(),
          scan.completedAt());
    }
  }

  @GET
  @Operation(summary = "List the project's validation scans, newest first")
  public List<ScanResponse> list(@PathParam("projectId") UUID projectId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return scans.list(projectId).stream().map(ScanResponse::of).toList();
  }
}
