package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.user.EmailAddress;
import dev.kythera.identity.domain.validation.Violations;

/** Inbound port: mail a password-reset link. */
public interface RequestPasswordResetUseCase {

  /**
   * Mails a reset token (replacing older ones) when an enabled account has this address; does
   * nothing otherwise, and the caller cannot tell which happened.
   */
  void requestReset(RequestPasswordResetCommand command);

  /** Validated input. */
  record RequestPasswordResetCommand(EmailAddress email) {
    public static RequestPasswordResetCommand of(String email) {
      new Violations().check(EmailAddress.problem(email), "email").throwIfAny();
      return new RequestPasswordResetCommand(EmailAddress.of(email));
    }
  }
}
