package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.LogOutUseCase;
import dev.kythera.identity.application.port.out.RefreshTokenRepository;
import dev.kythera.identity.domain.token.SecretToken;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Ends the session a refresh token belongs to; idempotent. */
@ApplicationScoped
public class LogOutService implements LogOutUseCase {
  private final RefreshTokenRepository refreshTokens;
  private final Clock clock;

  public LogOutService(RefreshTokenRepository refreshTokens, Clock clock) {
    this.refreshTokens = refreshTokens;
    this.clock = clock;
  }

  @Override
  public void logOut(LogOutCommand command) {
    refreshTokens
        .findByHash(SecretToken.of(command.refreshToken()).hash())
        .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant()));
  }
}
