package dev.kythera.introspection.adapter.in.rest;

import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.introspection.application.port.in.ResolveDescriptorUseCase;
import dev.kythera.platform.security.CallerContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Inbound adapter (internal REST): a connection's full descriptor, secrets included, for the
 * KytheraDB services that reach target databases. Only a service token of one of those services
 * passes; the gateway has no route to it, and user tokens are refused.
 */
@Path("/internal/projects/{projectId}/connections/{connectionId}/descriptor")
@Produces(MediaType.APPLICATION_JSON)
public class InternalConnectionResource {
  private final ResolveDescriptorUseCase descriptors;
  private final CallerContext caller;

  public InternalConnectionResource(ResolveDescriptorUseCase descriptors, CallerContext caller) {
    this.descriptors = descriptors;
    this.caller = caller;
  }

  @GET
  @Operation(hidden = true)
  public ConnectionDescriptor descriptor(
      @PathParam("projectId") UUID projectId, @PathParam("connectionId") UUID connectionId) {
    caller.requireService(InternalApi.CALLERS);
    return descriptors.descriptor(projectId, connectionId);
  }
}
