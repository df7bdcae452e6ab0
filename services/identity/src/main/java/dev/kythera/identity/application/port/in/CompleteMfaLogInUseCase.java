package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.validation.Violations;

/** Inbound port: the second step of a sign-in with 2FA. */
public interface CompleteMfaLogInUseCase {

  /**
   * Trades the {@code mfaToken} of the first step and a TOTP or recovery code for a session. The
   * token is single use and short-lived; five wrong codes end it.
   *
   * @throws dev.kythera.kernel.error.KytheraException INVALID_TOKEN for an unknown, used, expired
   *     or exhausted token; INVALID_CREDENTIALS for a wrong code
   */
  Session complete(CompleteMfaLogInCommand command);

  /** Validated input: the token and exactly one of code and recoveryCode. */
  record CompleteMfaLogInCommand(String mfaToken, String code, String recoveryCode) {
    public CompleteMfaLogInCommand {
      boolean hasCode = code != null && !code.isBlank();
      boolean hasRecovery = recoveryCode != null && !recoveryCode.isBlank();
      new Violations()
          .check(mfaToken != null && !mfaToken.isBlank(), "mfaToken", "is required")
          .check(hasCode || hasRecovery, "code", "is required (or recoveryCode)")
          .check(!(hasCode && hasRecovery), "recoveryCode", "send either code or recoveryCode")
          .throwIfAny();
    }

    @Override
    public String toString() {
      return "CompleteMfaLogInCommand[hidden]";
    }
  }
}
