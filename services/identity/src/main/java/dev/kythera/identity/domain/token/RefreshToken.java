package dev.kythera.identity.domain.token;

import dev.kythera.kernel.id.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Entity: one refresh token of a session. Rotation chains tokens into a family (one sign-in); each
 * token is used once, and presenting a used one means it was stolen, so the whole family is
 * revoked.
 */
public record RefreshToken(
    UUID id,
    UserId userId,
    UUID familyId,
    TokenHash hash,
    Instant createdAt,
    Instant expiresAt,
    Instant usedAt,
    Instant revokedAt,
    String userAgent) {
  /** Longest User-Agent kept; longer ones are cut. */
  public static final int MAX_USER_AGENT = 255;

  public RefreshToken {
    userAgent =
        userAgent == null || userAgent.isBlank()
            ? null
            : userAgent.strip().substring(0, Math.min(userAgent.strip().length(), MAX_USER_AGENT));
  }

  /** The first token of a new session from an unnamed client. */
  public static RefreshToken startFamily(
      UserId userId, SecretToken secret, Instant now, Duration ttl) {
    return startFamily(userId, secret, now, ttl, null);
  }

  /** The first token of a new session, opened by a client that said it is {@code userAgent}. */
  public static RefreshToken startFamily(
      UserId userId, SecretToken secret, Instant now, Duration ttl, String userAgent) {
    return inFamily(UUID.randomUUID(), userId, secret, now, ttl, userAgent);
  }

  /** The successor of this token in its family (the session keeps its User-Agent). */
  public RefreshToken successor(SecretToken secret, Instant now, Duration ttl) {
    return inFamily(familyId, userId, secret, now, ttl, userAgent);
  }

  private static RefreshToken inFamily(
      UUID familyId,
      UserId userId,
      SecretToken secret,
      Instant now,
      Duration ttl,
      String userAgent) {
    return new RefreshToken(
        UUID.randomUUID(),
        userId,
        familyId,
        secret.hash(),
        now,
        now.plus(ttl),
        null,
        null,
        userAgent);
  }

  public boolean used() {
    return usedAt != null;
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  public boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
