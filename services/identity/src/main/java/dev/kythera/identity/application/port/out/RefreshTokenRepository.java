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
}
