package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.validation.Violations;

/** Inbound port: exchange email and password for a session (or for a 2FA step). */
public interface LogInUseCase {

  /**
   * Opens a session, or — when the account has 2FA on — a short-lived challenge the client answers
   * with a code ({@link CompleteMfaLogInUseCase}).
   *
   * @throws dev.kythera.kernel.error.KytheraException INVALID_CREDENTIALS for an unknown address or
   *     a wrong password (same answer, similar time), EMAIL_NOT_VERIFIED, ACCOUNT_DISABLED
   */
  LogInResult logIn(LogInCommand command);

  /** Validated input; only presence is checked, a wrong shape is just wrong credentials. */
  record LogInCommand(String email, String password, String userAgent) {
    public LogInCommand {
      new Violations()
          .check(email != null && !email.isBlank(), "email", "is required")
          .check(password != null && !password.isEmpty(), "password", "is required")
          .throwIfAny();
    }

    public LogInCommand(String email, String password) {
      this(email, password, null);
    }

    @Override
    public String toString() {
      return "LogInCommand[email=" + email + "]";
    }
  }

  /** The outcome of the password step. */
  sealed interface LogInResult {}

  /** Signed in. */
  record SessionStarted(Session session) implements LogInResult {}

  /** The password was right; a second factor is needed within {@code expiresInSeconds}. */
  record MfaRequired(String mfaToken, long expiresInSeconds) implements LogInResult {
    @Override
    public String toString() {
      return "MfaRequired[hidden]";
    }
  }
}
