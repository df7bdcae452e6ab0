package dev.kythera.identity.adapter.out.persistence;

import dev.kythera.identity.application.port.out.MfaRepository;
import dev.kythera.identity.domain.mfa.MfaChallenge;
import dev.kythera.identity.domain.mfa.MfaEnrollment;
import dev.kythera.identity.domain.token.TokenHash;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound adapter (PostgreSQL via Panache): {@link MfaRepository}. */
@ApplicationScoped
public class PanacheMfaRepository implements MfaRepository {

  @Override
  public Optional<MfaEnrollment> find(UserId userId) {
    return UserMfaEntity.<UserMfaEntity>findByIdOptional(userId.value())
        .map(
            e ->
                new MfaEnrollment(
                    new UserId(e.userId),
                    e.secret,
                    e.enabled,
                    e.createdAt,
                    e.enabledAt,
                    e.lastUsedStep));
  }

  @Override
  public void save(MfaEnrollment enrollment) {
    UserMfaEntity entity =
        UserMfaEntity.<UserMfaEntity>findByIdOptional(enrollment.userId().value())
            .orElseGet(UserMfaEntity::new);
    boolean fresh = entity.userId == null;
    entity.userId = enrollment.userId().value();
    entity.secret = enrollment.encryptedSecret();
    entity.enabled = enrollment.enabled();
    entity.createdAt = enrollment.createdAt();
    entity.enabledAt = enrollment.enabledAt();
    entity.lastUsedStep = enrollment.lastUsedStep();
    if (fresh) {
      entity.persist();
    }
  }

  @Override
  public void delete(UserId userId) {
    RecoveryCodeEntity.delete("userId", userId.value());
    UserMfaEntity.deleteById(userId.value());
  }

  @Override
  public boolean advanceStep(UserId userId, long step) {
    UserMfaEntity.getEntityManager().flush();
    return UserMfaEntity.update(
            "lastUsedStep = ?1 where userId = ?2 and lastUsedStep < ?1", step, userId.value())
        == 1;
  }

  @Override
  public void replaceRecoveryCodes(UserId userId, List<TokenHash> hashes, Instant at) {
    RecoveryCodeEntity.delete("userId", userId.value());
    for (TokenHash hash : hashes) {
      RecoveryCodeEntity code = new RecoveryCodeEntity();
      code.id = UUID.randomUUID();
      code.userId = userId.value();
      code.codeHash = hash.value();
      code.createdAt = at;
      code.persist();
    }
  }

  @Override
  public boolean useRecoveryCode(UserId userId, TokenHash hash, Instant at) {
    return RecoveryCodeEntity.update(
            "usedAt = ?1 where userId = ?2 and codeHash = ?3 and usedAt is null",
            at,
            userId.value(),
            hash.value())
        == 1;
  }

  @Override
  public long recoveryCodesLeft(UserId userId) {
    return RecoveryCodeEntity.count("userId = ?1 and usedAt is null", userId.value());
  }

  @Override
  public void insertChallenge(MfaChallenge challenge) {
    MfaChallengeEntity entity = new MfaChallengeEntity();
    entity.id = challenge.id();
    entity.userId = challenge.userId().value();
    entity.tokenHash = challenge.hash().value();
    entity.userAgent = challenge.userAgent();
    entity.createdAt = challenge.createdAt();
    entity.expiresAt = challenge.expiresAt();
    entity.usedAt = challenge.usedAt();
    entity.failedAttempts = challenge.failedAttempts();
    entity.persist();
  }

  @Override
  public Optional<MfaChallenge> findChallenge(TokenHash hash) {
    return MfaChallengeEntity.<MfaChallengeEntity>find("tokenHash", hash.value())
        .firstResultOptional()
        .map(
            e ->
                new MfaChallenge(
                    e.id,
                    new UserId(e.userId),
                    new TokenHash(e.tokenHash),
                    e.userAgent,
                    e.createdAt,
                    e.expiresAt,
                    e.usedAt,
                    e.failedAttempts));
  }

  @Override
  public boolean useChallenge(UUID challengeId, Instant at) {
    return MfaChallengeEntity.update(
            "usedAt = ?1 where id = ?2 and usedAt is null", at, challengeId)
        == 1;
  }

  @Override
  public void recordFailedAttempt(UUID challengeId) {
    MfaChallengeEntity.update("failedAttempts = failedAttempts + 1 where id = ?1", challengeId);
  }
}
