package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.validation.Violations;

/** Inbound port: rotate a refresh token into a new token pair. */
public interface RefreshSessionUseCase {

  /**
   * Uses the refresh token up and returns a new pair in the same session.
   *
   * @throws dev.kythera.kernel.error.KytheraException INVALID_TOKEN for an unknown, expired or
   *     revoked token; {@link dev.kythera.identity.domain.token.RefreshTokenReusedException} (after
   *     revoking the whole session) for a token that was already used
   */
  Session refresh(RefreshSessionCommand command);

  /** Validated input. */
  record RefreshSessionCommand(String refreshToken) {
    public RefreshSessionCommand {
      new Violations()
          .check(refreshToken != null && !refreshToken.isBlank(), "refreshToken", "is required")
          .throwIfAny();
    }

    @Override
    public String toString() {
      return "RefreshSessionCommand[token hidden]";
    }
  }
}
