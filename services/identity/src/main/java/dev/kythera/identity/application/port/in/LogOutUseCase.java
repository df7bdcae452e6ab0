package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.validation.Violations;

/** Inbound port: end the session a refresh token belongs to. */
public interface LogOutUseCase {

  /** Revokes the token's session; an unknown or already revoked token is not an error. */
  void logOut(LogOutCommand command);

  /** Validated input. */
  record LogOutCommand(String refreshToken) {
    public LogOutCommand {
      new Violations()
          .check(refreshToken != null && !refreshToken.isBlank(), "refreshToken", "is required")
          .throwIfAny();
    }

    @Override
    public String toString() {
      return "LogOutCommand[token hidden]";
    }
  }
}
