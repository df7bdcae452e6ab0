package dev.kythera.identity.adapter.out.persistence;

import dev.kythera.identity.application.port.out.RefreshTokenRepository;
import dev.kythera.identity.domain.token.RefreshToken;
import dev.kythera.identity.domain.token.TokenHash;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
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
    entity.userAgent = token.userAgent();
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
                    entity.revokedAt,
                    entity.userAgent));
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

  // A session is live while some token of its family can still be rotated.
  private static final String LIVE_SESSIONS =
      "SELECT family_id, min(created_at), max(created_at), max(expires_at),"
          + " (array_agg(user_agent ORDER BY created_at DESC))[1]"
          + " FROM refresh_tokens WHERE user_id = ?1 GROUP BY family_id"
          + " HAVING bool_and(revoked_at IS NULL)"
          + " AND bool_or(used_at IS NULL AND expires_at > ?2)"
          + " ORDER BY max(created_at) DESC, family_id";

  @Override
  @SuppressWarnings("unchecked")
  public List<SessionInfo> liveSessions(UserId userId, Instant now) {
    List<Object[]> rows =
        RefreshTokenEntity.getEntityManager()
            .createNativeQuery(LIVE_SESSIONS)
            .setParameter(1, userId.value())
            .setParameter(2, now)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new SessionInfo(
                    Rows.uuid(row[0]),
                    Rows.instant(row[1]),
                    Rows.instant(row[2]),
                    Rows.instant(row[3]),
                    Rows.text(row[4])))
        .toList();
  }

  @Override
  public boolean familyBelongsTo(UUID familyId, UserId userId) {
    return RefreshTokenEntity.count("familyId = ?1 and userId = ?2", familyId, userId.value()) > 0;
  }
}
