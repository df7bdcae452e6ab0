package dev.kythera.identity.application.port.out;

import dev.kythera.identity.domain.token.RefreshToken;
import dev.kythera.identity.domain.token.TokenHash;
import dev.kythera.kernel.id.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: the store of refresh tokens, kept as hashes only. */
public interface RefreshTokenRepository {

  void insert(RefreshToken token);

  Optional<RefreshToken> findByHash(TokenHash hash);

  /**
   * Marks the token used (rotated) if it was not; atomic, so a token rotates at most once even
   * under concurrent refreshes.
   */
  boolean markUsed(UUID tokenId, Instant at);

  /** Revokes every token of one session (family). */
  void revokeFamily(UUID familyId, Instant at);

  /** Revokes every token of the user: all sessions end. */
  void revokeAllOf(UserId userId, Instant at);

  /**
   * The user's live sessions (families with an unused, unrevoked, unexpired token), newest first.
   */
  java.util.List<SessionInfo> liveSessions(UserId userId, Instant now);

  /** True when the family exists and belongs to the user. */
  boolean familyBelongsTo(UUID familyId, UserId userId);

  /**
   * One session (refresh-token family).
   *
   * @param lastUsedAt when the newest token of the family was issued (sign-in or last refresh)
   */
  record SessionInfo(
      UUID id, Instant createdAt, Instant lastUsedAt, Instant expiresAt, String userAgent) {}
}
