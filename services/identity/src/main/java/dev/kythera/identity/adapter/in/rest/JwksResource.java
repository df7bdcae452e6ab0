package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.GetSigningKeysUseCase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): the JWKS the gateway verifies user access tokens with. */
@Path("/api/auth/jwks")
public class JwksResource {
  private static final int CACHE_SECONDS = 300;

  private final GetSigningKeysUseCase keys;

  public JwksResource(GetSigningKeysUseCase keys) {
    this.keys = keys;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, "application/jwk-set+json"})
  @Operation(summary = "Public keys that verify access tokens (RFC 7517 JWK Set)")
  public Response jwks() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(CACHE_SECONDS);
    return Response.ok(keys.jwks()).type(MediaType.APPLICATION_JSON).cacheControl(cache).build();
  }
}
