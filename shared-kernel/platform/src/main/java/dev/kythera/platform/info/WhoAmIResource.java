package dev.kythera.platform.info;

import dev.kythera.kernel.access.Caller;
import dev.kythera.platform.config.KytheraConfig;
import dev.kythera.platform.security.CallerContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Inbound adapter (REST, internal): echoes what the service understood of the internal token.
 * Operators and tests use it to check what the gateway forwards; the gateway never routes {@code
 * /internal/**} from outside.
 */
@Path("/internal/whoami")
public class WhoAmIResource {
  private final CallerContext caller;
  private final KytheraConfig config;

  public WhoAmIResource(CallerContext caller, KytheraConfig config) {
    this.caller = caller;
    this.config = config;
  }

  /** The caller as this service sees it. */
  public record WhoAmIResponse(
      String service,
      String userId,
      String email,
      String role,
      String plan,
      String projectId,
      String permission,
      String requestId) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "What this service understood of the internal token")
  public WhoAmIResponse whoami() {
    Caller current = caller.caller();
    return new WhoAmIResponse(
        config.service(),
        current.userId().map(Object::toString).orElse(null),
        current.email().orElse(null),
        current.role().wireName(),
        current.plan().wireName(),
        current.projectId().map(Object::toString).orElse(null),
        current.permission().map(p -> p.wireName()).orElse(null),
        current.requestId());
  }
}
