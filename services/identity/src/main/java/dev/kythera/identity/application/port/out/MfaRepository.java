package dev.kythera.identity.application.port.out;

import dev.kythera.identity.domain.mfa.MfaChallenge;
import dev.kythera.identity.domain.mfa.MfaEnrollment;
import dev.kythera.identity.domain.token.TokenHash;
import dev.kythera.kernel.id.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: TOTP enrolments, recovery codes and sign-in challenges. */
public interface MfaRepository {

  Optional<MfaEnrollment> find(UserId userId);

  /** Inserts or replaces the user's enrolment. */
  void save(MfaEnrollment enrollment);

  /** Removes the enrolment and every recovery code of the user. */
  void delete(UserId userId);

  /**
   * Records that the code of {@code step} was accepted, if it is newer than the last accepted one;
   * atomic, so of two concurrent uses of one code exactly one gets {@code true}.
   */
  boolean advanceStep(UserId userId, long step);

  /** Replaces every recovery code of the user with these hashes. */
  void replaceRecoveryCodes(UserId userId, List<TokenHash> hashes, Instant at);

  /** Uses one recovery code up; atomic, false when unknown or already used. */
  boolean useRecoveryCode(UserId userId, TokenHash hash, Instant at);

  long recoveryCodesLeft(UserId userId);

  void insertChallenge(MfaChallenge challenge);

  Optional<MfaChallenge> findChallenge(TokenHash hash);

  /** Marks the challenge used if it was open; atomic. */
  boolean useChallenge(UUID challengeId, Instant at);

  void recordFailedAttempt(UUID challengeId);
}
