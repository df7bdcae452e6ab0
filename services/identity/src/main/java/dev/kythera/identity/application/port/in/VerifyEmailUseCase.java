package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.validation.Violations;

/** Inbound port: confirm an email address with the token from the verification mail. */
public interface VerifyEmailUseCase {

  /**
   * Marks the address verified and uses the token up.
   *
   * @throws dev.kythera.kernel.error.KytheraException INVALID_TOKEN for an unknown token, GONE for
   *     a used or expired one
   */
  void verify(VerifyEmailCommand command);

  /** Validated input. */
  record VerifyEmailCommand(String token) {
    public VerifyEmailCommand {
      new Violations()
          .check(token != null && !token.isBlank(), "token", "is required")
          .throwIfAny();
    }

    @Override
    public String toString() {
      return "VerifyEmailCommand[token hidden]";
    }
  }
}
