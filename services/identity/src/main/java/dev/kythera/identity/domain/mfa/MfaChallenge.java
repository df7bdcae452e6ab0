package dev.kythera.identity.domain.mfa;

import dev.kythera.identity.domain.token.SecretToken;
import dev.kythera.identity.domain.token.TokenHash;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Entity: the pending second step of a sign-in. The password was right; the {@code mfaToken} (hash
 * stored) lets the client present a code, once, within a few minutes and a few attempts.
 */
public record MfaChallenge(
    UUID id,
    UserId userId,
    TokenHash hash,
    String userAgent,
    Instant createdAt,
    Instant expiresAt,
    Instant usedAt,
    int failedAttempts) {

  public static final int MAX_ATTEMPTS = 5;

  public static MfaChallenge issue(
      UserId userId, SecretToken secret, String userAgent, Instant now, Duration ttl) {
    return new MfaChallenge(
        UUID.randomUUID(), userId, secret.hash(), userAgent, now, now.plus(ttl), null, 0);
  }

  /** Refuses a used, expired or exhausted challenge with 401 (the client signs in again). */
  public void requireOpen(Instant now) {
    if (usedAt != null || !now.isBefore(expiresAt) || failedAttempts >= MAX_ATTEMPTS) {
      throw new KytheraException(
          ErrorCode.INVALID_TOKEN, "This sign-in step has ended; sign in with your password again");
    }
  }
}
