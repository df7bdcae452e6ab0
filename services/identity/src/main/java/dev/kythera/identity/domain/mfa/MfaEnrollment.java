package dev.kythera.identity.domain.mfa;

import dev.kythera.kernel.id.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Entity: a user's TOTP second factor. It starts pending (set up, not yet confirmed with a code)
 * and becomes enabled once the user proves the app works.
 *
 * @param encryptedSecret the secret as ciphertext (never stored in clear)
 * @param lastUsedStep the newest time step whose code was accepted; older or equal codes are
 *     refused, so a code works once
 */
public record MfaEnrollment(
    UserId userId,
    String encryptedSecret,
    boolean enabled,
    Instant createdAt,
    Instant enabledAt,
    long lastUsedStep) {

  public MfaEnrollment {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(encryptedSecret, "encryptedSecret");
  }

  public static MfaEnrollment pending(UserId userId, String encryptedSecret, Instant now) {
    return new MfaEnrollment(userId, encryptedSecret, false, now, null, 0);
  }

  public MfaEnrollment enable(Instant now, long step) {
    return new MfaEnrollment(userId, encryptedSecret, true, createdAt, now, step);
  }
}
