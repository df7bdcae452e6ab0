package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.out.MfaRepository;
import dev.kythera.identity.application.port.out.SecretCipher;
import dev.kythera.identity.application.port.out.TotpCodes;
import dev.kythera.identity.domain.mfa.MfaEnrollment;
import dev.kythera.identity.domain.mfa.RecoveryCodes;
import dev.kythera.identity.domain.mfa.TotpSecret;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Application helper: checks a second factor. A TOTP code is accepted within one step either side
 * of now (clock drift) and only once: its step must be newer than the last accepted one, recorded
 * atomically. A recovery code is used up on success.
 */
@ApplicationScoped
public class SecondFactor {
  /** Steps accepted either side of the current one (RFC 6238 §5.2 suggests one). */
  static final int WINDOW = 1;

  private final MfaRepository mfa;
  private final SecretCipher cipher;
  private final TotpCodes totp;
  private final Clock clock;

  public SecondFactor(MfaRepository mfa, SecretCipher cipher, TotpCodes totp, Clock clock) {
    this.mfa = mfa;
    this.cipher = cipher;
    this.totp = totp;
    this.clock = clock;
  }

  /** The matching step of a TOTP code for the enrolment's secret, not yet checked for reuse. */
  public OptionalLong matchingStep(MfaEnrollment enrollment, String code) {
    if (code == null || !code.strip().matches("\\d{" + TotpSecret.DIGITS + "}")) {
      return OptionalLong.empty();
    }
    byte[] secret = cipher.decrypt(enrollment.encryptedSecret());
    long now = TotpSecret.stepAt(clock.instant().getEpochSecond());
    return totp.matchingStep(secret, code.strip(), now, WINDOW);
  }

  /** True when {@code code} is a fresh TOTP code of the enrolment; the code is then used up. */
  public boolean acceptTotp(MfaEnrollment enrollment, String code) {
    OptionalLong step = matchingStep(enrollment, code);
    return step.isPresent() && mfa.advanceStep(enrollment.userId(), step.getAsLong());
  }

  /** True when {@code code} is an unused recovery code of the user; it is then used up. */
  public boolean acceptRecoveryCode(UserId userId, String code, Instant now) {
    return RecoveryCodes.looksLikeOne(code)
        && mfa.useRecoveryCode(userId, RecoveryCodes.hash(code), now);
  }

  /** Accepts either kind of code (a 6-digit TOTP code or a recovery code). */
  public boolean accept(MfaEnrollment enrollment, String code, Instant now) {
    if (code == null) {
      return false;
    }
    return RecoveryCodes.looksLikeOne(code)
        ? acceptRecoveryCode(enrollment.userId(), code, now)
        : acceptTotp(enrollment, code);
  }
}
