package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.user.PasswordPolicy;
import dev.kythera.identity.domain.validation.Violations;

/** Inbound port: set a new password with the token from the reset mail. */
public interface ResetPasswordUseCase {

  /**
   * Sets the password, uses the token up and ends every session of the user.
   *
   * @throws dev.kythera.kernel.error.KytheraException INVALID_TOKEN for an unknown token, GONE for
   *     a used or expired one
   */
  void reset(ResetPasswordCommand command);

  /** Validated input: the new password must pass the policy. */
  record ResetPasswordCommand(String token, String password) {
    public ResetPasswordCommand {
      new Violations()
          .check(token != null && !token.isBlank(), "token", "is required")
          .check(PasswordPolicy.problem(password), "password")
          .throwIfAny();
    }

    @Override
    public String toString() {
      return "ResetPasswordCommand[hidden]";
    }
  }
}
