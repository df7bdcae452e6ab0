package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.identity.application.port.in.ManageMfaUseCase;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.MfaRepository;
import dev.kythera.identity.application.port.out.PasswordHasher;
import dev.kythera.identity.application.port.out.QrCodeRenderer;
import dev.kythera.identity.application.port.out.SecretCipher;
import dev.kythera.identity.domain.mfa.MfaEnrollment;
import dev.kythera.identity.domain.mfa.RecoveryCodes;
import dev.kythera.identity.domain.mfa.TotpSecret;
import dev.kythera.identity.domain.user.User;
import dev.kythera.identity.domain.validation.Violations;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** TOTP enrolment: set up (pending), enable with a first code, disable with password and code. */
@ApplicationScoped
public class MfaService implements ManageMfaUseCase {
  private final Accounts accounts;
  private final MfaRepository mfa;
  private final SecretCipher cipher;
  private final QrCodeRenderer qr;
  private final SecondFactor secondFactor;
  private final PasswordHasher hasher;
  private final AuditTrail audit;
  private final Clock clock;

  public MfaService(
      Accounts accounts,
      MfaRepository mfa,
      SecretCipher cipher,
      QrCodeRenderer qr,
      SecondFactor secondFactor,
      PasswordHasher hasher,
      AuditTrail audit,
      Clock clock) {
    this.accounts = accounts;
    this.mfa = mfa;
    this.cipher = cipher;
    this.qr = qr;
    this.secondFactor = secondFactor;
    this.hasher = hasher;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public MfaStatus status(Actor actor) {
    User user = accounts.of(actor);
    Optional<MfaEnrollment> enrollment = mfa.find(user.id());
    boolean enabled = enrollment.map(MfaEnrollment::enabled).orElse(false);
    return new MfaStatus(
        enabled,
        enrollment.isPresent() && !enabled,
        enabled ? mfa.recoveryCodesLeft(user.id()) : 0);
  }

  @Override
  public MfaSetup setUp(Actor actor) {
    User user = accounts.of(actor);
    if (mfa.find(user.id()).map(MfaEnrollment::enabled).orElse(false)) {
      throw new KytheraException(
          ErrorCode.CONFLICT, "Two-factor authentication is already on; disable it first");
    }
    TotpSecret secret = TotpSecret.generate();
    mfa.save(MfaEnrollment.pending(user.id(), cipher.encrypt(secret.bytes()), clock.instant()));
    String uri = secret.otpauthUri(user.email().value());
    return new MfaSetup(secret.base32(), uri, qr.pngDataUri(uri));
  }

  @Override
  public List<String> enable(Actor actor, String code) {
    requireCode(code);
    User user = accounts.of(actor);
    MfaEnrollment pending =
        mfa.find(user.id())
            .orElseThrow(
                () ->
                    new KytheraException(
                        ErrorCode.CONFLICT, "Start with POST /api/account/2fa/setup"));
    if (pending.enabled()) {
      throw new KytheraException(ErrorCode.CONFLICT, "Two-factor authentication is already on");
    }
    OptionalLong step = secondFactor.matchingStep(pending, code);
    if (step.isEmpty()) {
      throw KytheraException.invalid("code", "does not match; check the app's clock and retry");
    }
    Instant now = clock.instant();
    mfa.save(pending.enable(now, step.getAsLong()));
    List<String> codes = RecoveryCodes.generate();
    mfa.replaceRecoveryCodes(user.id(), codes.stream().map(RecoveryCodes::hash).toList(), now);
    audit.record(new AuditEntry("account.mfa_enabled", user.id().value(), null, Map.of()));
    return codes;
  }

  @Override
  public void disable(Actor actor, String password, String code) {
    new Violations()
        .check(password != null && !password.isEmpty(), "password", "is required")
        .check(code != null && !code.isBlank(), "code", "is required")
        .throwIfAny();
    User user = accounts.of(actor);
    MfaEnrollment enrollment =
        mfa.find(user.id())
            .filter(MfaEnrollment::enabled)
            .orElseThrow(
                () -> new KytheraException(ErrorCode.CONFLICT, "Two-factor authentication is off"));
    if (!hasher.verify(password, user.passwordHash())) {
      throw new KytheraException(ErrorCode.FORBIDDEN, "The password is not correct")
          .withField("password", "is not correct");
    }
    if (!secondFactor.accept(enrollment, code, clock.instant())) {
      throw new KytheraException(ErrorCode.FORBIDDEN, "The code is not valid")
          .withField("code", "is not valid");
    }
    mfa.delete(user.id());
    audit.record(new AuditEntry("account.mfa_disabled", user.id().value(), null, Map.of()));
  }

  private static void requireCode(String code) {
    new Violations()
        .check(
            code != null && code.strip().matches("\\d{" + TotpSecret.DIGITS + "}"),
            "code",
            "must be the " + TotpSecret.DIGITS + "-digit code of the app")
        .throwIfAny();
  }
}
