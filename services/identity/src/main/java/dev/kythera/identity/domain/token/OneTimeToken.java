package dev.kythera.identity.domain.token;

import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Entity: a single-use, expiring token sent by mail (email verification, password reset). */
public record OneTimeToken(
    UUID id,
    UserId userId,
    TokenPurpose purpose,
    TokenHash hash,
    Instant createdAt,
    Instant expiresAt,
    Instant usedAt) {

  /** A fresh token for {@code secret}, valid for {@code ttl}. */
  public static OneTimeToken issue(
      UserId userId, TokenPurpose purpose, SecretToken secret, Instant now, Duration ttl) {
    return new OneTimeToken(
        UUID.randomUUID(), userId, purpose, secret.hash(), now, now.plus(ttl), null);
  }

  /** Throws 410 GONE when the token was used or has expired. */
  public void requireRedeemable(Instant now) {
    if (usedAt != null) {
      throw new KytheraException(ErrorCode.GONE, "This token was already used");
    }
    if (!now.isBefore(expiresAt)) {
      throw new KytheraException(ErrorCode.GONE, "This token has expired; ask for a new one");
    }
  }
}
