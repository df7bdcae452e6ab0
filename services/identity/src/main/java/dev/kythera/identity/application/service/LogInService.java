package dev.kythera.identity.application.service;

import dev.kythera.identity.application.IdentityConfig;
import dev.kythera.identity.application.port.in.LogInUseCase;
import dev.kythera.identity.application.port.out.MfaRepository;
import dev.kythera.identity.application.port.out.PasswordHasher;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.mfa.MfaChallenge;
import dev.kythera.identity.domain.mfa.MfaEnrollment;
import dev.kythera.identity.domain.token.SecretToken;
import dev.kythera.identity.domain.user.EmailAddress;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Signs a user in. Unknown addresses cost the same Argon2 work as wrong passwords (a dummy hash is
 * verified), so neither the answer nor its timing tells whether an account exists. With 2FA on, the
 * right password only opens a short-lived, single-use challenge for the code.
 */
@ApplicationScoped
public class LogInService implements LogInUseCase {
  private static final String DUMMY_PASSWORD = "timing-equaliser-not-a-password";

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final SessionIssuer sessions;
  private final MfaRepository mfa;
  private final IdentityConfig config;
  private final Clock clock;
  private volatile String dummyHash;

  public LogInService(
      UserRepository users,
      PasswordHasher hasher,
      SessionIssuer sessions,
      MfaRepository mfa,
      IdentityConfig config,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.sessions = sessions;
    this.mfa = mfa;
    this.config = config;
    this.clock = clock;
  }

  @Override
  public LogInResult logIn(LogInCommand command) {
    Optional<User> found =
        EmailAddress.problem(command.email()).isEmpty()
            ? users.findByEmail(EmailAddress.of(command.email()))
            : Optional.empty();
    if (found.isEmpty()) {
      hasher.verify(command.password(), dummyHash());
      throw invalidCredentials();
    }
    User user = found.get();
    if (!hasher.verify(command.password(), user.passwordHash())) {
      throw invalidCredentials();
    }
    if (!user.emailVerified()) {
      throw new KytheraException(
          ErrorCode.EMAIL_NOT_VERIFIED,
          "Confirm your email address first; we can send the code again");
    }
    if (!user.enabled()) {
      throw new KytheraException(ErrorCode.ACCOUNT_DISABLED, "This account is disabled");
    }
    Instant now = clock.instant();
    if (hasher.needsRehash(user.passwordHash())) {
      // The cost was raised since this hash was made: upgrade it while we have the password.
      user = user.withPasswordHash(hasher.hash(command.password()), now);
      users.update(user);
    }
    if (mfa.find(user.id()).filter(MfaEnrollment::enabled).isPresent()) {
      SecretToken secret = SecretToken.generate();
      mfa.insertChallenge(
          MfaChallenge.issue(
              user.id(), secret, command.userAgent(), now, config.mfa().challengeTtl()));
      return new MfaRequired(secret.reveal(), config.mfa().challengeTtl().toSeconds());
    }
    return new SessionStarted(sessions.open(user, now, command.userAgent()));
  }

  private String dummyHash() {
    String hash = dummyHash;
    if (hash == null) {
      hash = hasher.hash(DUMMY_PASSWORD);
      dummyHash = hash;
    }
    return hash;
  }

  private static KytheraException invalidCredentials() {
    return new KytheraException(ErrorCode.INVALID_CREDENTIALS, "Email or password is wrong");
  }
}
