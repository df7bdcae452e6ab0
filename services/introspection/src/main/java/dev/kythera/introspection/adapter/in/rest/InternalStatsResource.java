package dev.kythera.introspection.adapter.in.rest;

import dev.kythera.introspection.application.port.in.CountConnectionsUseCase;
import dev.kythera.platform.security.CallerContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Inbound adapter (internal REST): platform counts for identity's governance statistics. Only
 * identity's service token passes; the gateway has no route to it, and user tokens are refused.
 */
@Path("/internal/stats")
@Produces(MediaType.APPLICATION_JSON)
public class InternalStatsResource {
  private final CountConnectionsUseCase connections;
  private final CallerContext caller;

  public InternalStatsResource(CountConnectionsUseCase connections, CallerContext caller) {
    this.connections = connections;
    this.caller = caller;
  }

  /** The counts; {@code connections} covers every project. */
  public record Stats(long connections) {}

  @GET
  @Operation(hidden = true)
  public Stats stats() {
    caller.requireService(InternalApi.STATS_CALLERS);
    return new Stats(connections.totalConnections());
  }
}
