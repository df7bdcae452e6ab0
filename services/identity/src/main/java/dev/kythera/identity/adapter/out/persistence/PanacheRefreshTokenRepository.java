package dev.kythera.identity.adapter.out.persistence;

import dev.kythera.identity.application.port.out.RefreshTokenRepository;
import dev.kythera.identity.domain.token.RefreshToken;
import dev.kythera.identity.domain.token.TokenHash;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Outbound adapter (PostgreSQL via Panache): {@link RefreshTokenRepository}. */
@ApplicationScoped
public class PanacheRefreshTokenRepository implements RefreshTokenRepository {

  @Override
  public void insert(RefreshToken token) {
    RefreshTokenEntity entity = new RefreshTokenEntity();
    entity.id = token.id();
    entity.userId = token.userId().value();
    entity.familyId = token.familyId();
    entity.tokenHash = token.hash().value();
    entity.createdAt = token.createdAt();
    entity.expiresAt = token.expiresAt();
    entity.usedAt = token.usedAt();
    entity.revokedAt = token.revokedAt();
    entity.persist();
  }

  @Override
  public Optional<RefreshToken> findByHash(TokenHash hash) {
    return RefreshTokenEntity.<RefreshTokenEntity>find("tokenHash", hash.value())
        .firstResultOptional()
        .map(
            entity ->
                new RefreshToken(
                    entity.id,
                    new UserId(entity.userId),
                    entity.familyId,
                    new TokenHash(entity.tokenHash),
                    entity.createdAt,
                    entity.expiresAt,
                    entity.usedAt,
                    entity.revokedAt));
  }

  @Override
  public boolean markUsed(UUID tokenId, Instant at) {
    return RefreshTokenEntity.update(
            "usedAt = ?1 where id = ?2 and usedAt is null and revokedAt is null", at, tokenId)
        == 1;
  }

  @Override
  public void revokeFamily(UUID familyId, Instant at) {
    RefreshTokenEntity.update(
        "revokedAt = ?1 where familyId = ?2 and revokedAt is null", at, familyId);
  }

  @Override
  public void revokeAllOf(UserId userId, Instant at) {
    RefreshTokenEntity.update(
        "revokedAt = ?1 where userId = ?2 and revokedAt is null", at, userId.value());
  }
}
