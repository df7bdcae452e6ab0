package dev.kythera.platform.security;

import dev.kythera.kernel.access.Caller;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.platform.config.KytheraConfig;
import dev.kythera.platform.problem.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Inbound adapter guard: every REST call must carry a valid internal token signed by the gateway,
 * so nothing reaches a service around the gateway. Runs before routing, so unknown paths are
 * refused too.
 */
@Singleton
public class InternalTokenFilter {
  private static final String BEARER = "Bearer ";
  private static final String REQUEST_ID_HEADER = "X-Request-Id";
  private static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  private final InternalTokenVerifier verifier;
  private final boolean required;

  @Inject CallerContext callerContext;

  @Inject
  public InternalTokenFilter(KytheraConfig config) {
    this.required = config.internalToken().required();
    this.verifier =
        required
            ? new InternalTokenVerifier(
                PemKeys.publicKey(Path.of(config.keysDir()).resolve("gateway-public.pem")),
                serviceKey(Path.of(config.keysDir()).resolve("service-public.pem")))
            : null;
  }

  /** The services' public key; without it no service-to-service token is accepted. */
  private static java.security.PublicKey serviceKey(Path file) {
    return java.nio.file.Files.exists(file) ? PemKeys.publicKey(file) : null;
  }

  @ServerRequestFilter(preMatching = true)
  public Response verify(ContainerRequestContext request) {
    if (!required) {
      return null;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return ProblemResponses.build(
          ErrorCode.UNAUTHENTICATED,
          "Calls must come through the gateway with an internal token",
          request.getUriInfo(),
          null,
          null);
    }
    try {
      Caller caller = verifier.verify(header.substring(BEARER.length()).trim());
      // The gateway reuses internal tokens across requests, so the request id travels beside it.
      String requestId = request.getHeaderString(REQUEST_ID_HEADER);
      callerContext.set(
          requestId != null && SANE_REQUEST_ID.matcher(requestId).matches()
              ? caller.withRequestId(requestId)
              : caller);
      return null;
    } catch (KytheraException e) {
      return ProblemResponses.build(e.code(), e.getMessage(), request.getUriInfo(), null, null);
    }
  }
}
