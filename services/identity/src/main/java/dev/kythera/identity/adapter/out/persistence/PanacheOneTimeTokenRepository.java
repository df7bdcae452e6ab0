package dev.kythera.identity.adapter.out.persistence;

import dev.kythera.identity.application.port.out.OneTimeTokenRepository;
import dev.kythera.identity.domain.token.OneTimeToken;
import dev.kythera.identity.domain.token.TokenHash;
import dev.kythera.identity.domain.token.TokenPurpose;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Outbound adapter (PostgreSQL via Panache): {@link OneTimeTokenRepository}. */
@ApplicationScoped
public class PanacheOneTimeTokenRepository implements OneTimeTokenRepository {

  @Override
  public void insert(OneTimeToken token) {
    OneTimeTokenEntity entity = new OneTimeTokenEntity();
    entity.id = token.id();
    entity.userId = token.userId().value();
    entity.purpose = wire(token.purpose());
    entity.tokenHash = token.hash().value();
    entity.createdAt = token.createdAt();
    entity.expiresAt = token.expiresAt();
    entity.usedAt = token.usedAt();
    entity.persist();
  }

  @Override
  public Optional<OneTimeToken> findByHash(TokenHash hash, TokenPurpose purpose) {
    return OneTimeTokenEntity.<OneTimeTokenEntity>find(
            "tokenHash = ?1 and purpose = ?2", hash.value(), wire(purpose))
        .firstResultOptional()
        .map(
            entity ->
                new OneTimeToken(
                    entity.id,
                    new UserId(entity.userId),
                    purpose,
                    new TokenHash(entity.tokenHash),
                    entity.createdAt,
                    entity.expiresAt,
                    entity.usedAt));
  }

  @Override
  public boolean markUsed(UUID tokenId, Instant at) {
    return OneTimeTokenEntity.update("usedAt = ?1 where id = ?2 and usedAt is null", at, tokenId)
        == 1;
  }

  @Override
  public void invalidateOpen(UserId userId, TokenPurpose purpose, Instant at) {
    OneTimeTokenEntity.update(
        "usedAt = ?1 where userId = ?2 and purpose = ?3 and usedAt is null",
        at,
        userId.value(),
        wire(purpose));
  }

  private static String wire(TokenPurpose purpose) {
    return purpose.name().toLowerCase(Locale.ROOT);
  }
}
