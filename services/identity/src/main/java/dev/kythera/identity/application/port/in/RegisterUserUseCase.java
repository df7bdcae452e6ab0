package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.user.EmailAddress;
import dev.kythera.identity.domain.user.PasswordPolicy;
import dev.kythera.identity.domain.user.User;
import dev.kythera.identity.domain.validation.Violations;

/** Inbound port: open a new account and mail its verification link. */
public interface RegisterUserUseCase {

  /**
   * Creates an unverified account with the default role and plan.
   *
   * @throws dev.kythera.kernel.error.KytheraException CONFLICT when the address is taken
   */
  UserView register(RegisterUserCommand command);

  /** Validated input; the email is normalised. */
  record RegisterUserCommand(EmailAddress email, String password, String name) {

    public static RegisterUserCommand of(String email, String password, String name) {
      new Violations()
          .check(EmailAddress.problem(email), "email")
          .check(PasswordPolicy.problem(password), "password")
          .check(
              name == null || name.strip().length() <= User.MAX_NAME_LENGTH,
              "name",
              "must be at most " + User.MAX_NAME_LENGTH + " characters")
          .throwIfAny();
      return new RegisterUserCommand(EmailAddress.of(email), password, name);
    }

    @Override
    public String toString() {
      return "RegisterUserCommand[email=" + email + "]";
    }
  }
}
