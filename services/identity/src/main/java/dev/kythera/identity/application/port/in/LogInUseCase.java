package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.validation.Violations;

/** Inbound port: exchange email and password for a session. */
public interface LogInUseCase {

  /**
   * Opens a session.
   *
   * @throws dev.kythera.kernel.error.KytheraException INVALID_CREDENTIALS for an unknown address or
   *     a wrong password (same answer, similar time), EMAIL_NOT_VERIFIED, ACCOUNT_DISABLED
   */
  Session logIn(LogInCommand command);

  /** Validated input; only presence is checked, a wrong shape is just wrong credentials. */
  record LogInCommand(String email, String password) {
    public LogInCommand {
      new Violations()
          .check(email != null && !email.isBlank(), "email", "is required")
          .check(password != null && !password.isEmpty(), "password", "is required")
          .throwIfAny();
    }

    @Override
    public String toString() {
      return "LogInCommand[email=" + email + "]";
    }
  }
}
