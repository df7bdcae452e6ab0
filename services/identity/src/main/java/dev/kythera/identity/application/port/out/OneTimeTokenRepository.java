package dev.kythera.identity.application.port.out;

import dev.kythera.identity.domain.token.OneTimeToken;
import dev.kythera.identity.domain.token.TokenHash;
import dev.kythera.identity.domain.token.TokenPurpose;
import dev.kythera.kernel.id.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: the store of mail tokens (verification, reset), kept as hashes only. */
public interface OneTimeTokenRepository {

  void insert(OneTimeToken token);

  Optional<OneTimeToken> findByHash(TokenHash hash, TokenPurpose purpose);

  /**
   * Marks the token used if nobody did yet; atomic, so of two concurrent redemptions exactly one
   * gets {@code true}.
   */
  boolean markUsed(UUID tokenId, Instant at);

  /** Uses up every open token of the user for {@code purpose} (a newer one replaces them). */
  void invalidateOpen(UserId userId, TokenPurpose purpose, Instant at);
}
