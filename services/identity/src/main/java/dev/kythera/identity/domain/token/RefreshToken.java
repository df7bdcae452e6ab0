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
    Instant revokedAt) {

  /** The first token of a new session. */
  public static RefreshToken startFamily(
      UserId userId, SecretToken secret, Instant now, Duration ttl) {
    return inFamily(UUID.randomUUID(), userId, secret, now, ttl);
  }

  /** The successor of this token in its family. */
  public RefreshToken successor(SecretToken secret, Instant now, Duration ttl) {
    return inFamily(familyId, userId, secret, now, ttl);
  }

  private static RefreshToken inFamily(
      UUID familyId, UserId userId, SecretToken secret, Instant now, Duration ttl) {
    return new RefreshToken(
        UUID.randomUUID(), userId, familyId, secret.hash(), now, now.plus(ttl), null, null);
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
