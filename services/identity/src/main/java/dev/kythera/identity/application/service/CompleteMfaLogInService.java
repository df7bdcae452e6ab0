package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.CompleteMfaLogInUseCase;
import dev.kythera.identity.application.port.in.Session;
import dev.kythera.identity.application.port.out.MfaRepository;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.mfa.MfaChallenge;
import dev.kythera.identity.domain.mfa.MfaEnrollment;
import dev.kythera.identity.domain.mfa.WrongSecondFactorException;
import dev.kythera.identity.domain.token.SecretToken;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Second step of a sign-in with 2FA: a valid code uses the challenge up and opens the session; a
 * wrong one counts an attempt (committed although the call fails, see the REST side).
 */
@ApplicationScoped
public class CompleteMfaLogInService implements CompleteMfaLogInUseCase {
  private final MfaRepository mfa;
  private final UserRepository users;
  private final SecondFactor secondFactor;
  private final SessionIssuer sessions;
  private final Clock clock;

  public CompleteMfaLogInService(
      MfaRepository mfa,
      UserRepository users,
      SecondFactor secondFactor,
      SessionIssuer sessions,
      Clock clock) {
    this.mfa = mfa;
    this.users = users;
    this.secondFactor = secondFactor;
    this.sessions = sessions;
    this.clock = clock;
  }

  @Override
  public Session complete(CompleteMfaLogInCommand command) {
    Instant now = clock.instant();
    MfaChallenge challenge =
        mfa.findChallenge(SecretToken.of(command.mfaToken()).hash())
            .orElseThrow(
                () -> new KytheraException(ErrorCode.INVALID_TOKEN, "The mfaToken is not valid"));
    challenge.requireOpen(now);
    User user =
        users
            .findById(challenge.userId())
            .filter(User::enabled)
            .orElseThrow(
                () -> new KytheraException(ErrorCode.ACCOUNT_DISABLED, "This account is disabled"));
    MfaEnrollment enrollment =
        mfa.find(user.id())
            .filter(MfaEnrollment::enabled)
            .orElseThrow(
                () ->
                    new KytheraException(
                        ErrorCode.INVALID_TOKEN,
                        "Two-factor authentication is off; sign in again"));
    boolean accepted =
        command.code() != null && !command.code().isBlank()
            ? secondFactor.acceptTotp(enrollment, command.code())
            : secondFactor.acceptRecoveryCode(user.id(), command.recoveryCode(), now);
    if (!accepted) {
      mfa.recordFailedAttempt(challenge.id());
      throw new WrongSecondFactorException();
    }
    if (!mfa.useChallenge(challenge.id(), now)) {
      throw new KytheraException(ErrorCode.INVALID_TOKEN, "This sign-in step was already used");
    }
    return sessions.open(user, now, challenge.userAgent());
  }
}
