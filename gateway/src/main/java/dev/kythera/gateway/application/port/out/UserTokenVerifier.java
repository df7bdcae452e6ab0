package dev.kythera.gateway.application.port.out;

import dev.kythera.gateway.domain.UserPrincipal;
import java.util.concurrent.CompletionStage;

/** Outbound port: verifies the access tokens identity issues to users. */
public interface UserTokenVerifier {

  /**
   * Verifies signature (RS256 with one of identity's published keys), issuer, audience and expiry.
   * The stage fails with a {@code KytheraException}: {@code INVALID_TOKEN} for a bad token, {@code
   * BAD_GATEWAY} when identity's keys cannot be fetched. Never blocks the calling thread.
   */
  CompletionStage<UserPrincipal> verify(String token);
}
