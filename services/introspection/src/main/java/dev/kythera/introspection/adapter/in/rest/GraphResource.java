package dev.kythera.introspection.adapter.in.rest;

import dev.kythera.introspection.application.port.in.DescribeGraphUseCase;
import dev.kythera.introspection.application.port.in.GraphView;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.platform.security.CallerContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): the FK graph of a snapshot. */
@Path("/api/projects/{projectId}/graph")
@Produces(MediaType.APPLICATION_JSON)
public class GraphResource {
  private final DescribeGraphUseCase graphs;
  private final CallerContext caller;

  public GraphResource(DescribeGraphUseCase graphs, CallerContext caller) {
    this.graphs = graphs;
    this.caller = caller;
  }

  @GET
  @Operation(summary = "Nodes, edges, cycles, insert order and FK communities of a snapshot")
  public GraphView graph(
      @PathParam("projectId") UUID projectId, @QueryParam("snapshotId") UUID snapshotId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    if (snapshotId == null) {
      throw KytheraException.invalid("snapshotId", "is required");
    }
    return graphs.graph(projectId, snapshotId);
  }
}
