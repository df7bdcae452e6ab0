package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.user.EmailAddress;
import dev.kythera.identity.domain.validation.Violations;

/** Inbound port: send a fresh verification mail. */
public interface ResendVerificationUseCase {

  /**
   * Mails a new token (replacing older ones) when an unverified account has this address; does
   * nothing otherwise, and the caller cannot tell which happened.
   */
  void resend(ResendVerificationCommand command);

  /** Validated input. */
  record ResendVerificationCommand(EmailAddress email) {
    public static ResendVerificationCommand of(String email) {
      new Violations().check(EmailAddress.problem(email), "email").throwIfAny();
      return new ResendVerificationCommand(EmailAddress.of(email));
    }
  }
}
