package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.RefreshSessionUseCase;
import dev.kythera.identity.application.port.in.Session;
import dev.kythera.identity.application.port.out.RefreshTokenRepository;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.token.RefreshToken;
import dev.kythera.identity.domain.token.RefreshTokenReusedException;
import dev.kythera.identity.domain.token.SecretToken;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Rotates a refresh token. A token that comes back after its rotation is proof of theft: the whole
 * session is revoked, so neither the thief nor the user can go on with it.
 */
@ApplicationScoped
public class RefreshSessionService implements RefreshSessionUseCase {
  private final RefreshTokenRepository refreshTokens;
  private final UserRepository users;
  private final SessionIssuer sessions;
  private final Clock clock;

  public RefreshSessionService(
      RefreshTokenRepository refreshTokens,
      UserRepository users,
      SessionIssuer sessions,
      Clock clock) {
    this.refreshTokens = refreshTokens;
    this.users = users;
    this.sessions = sessions;
    this.clock = clock;
  }

  @Override
  public Session refresh(RefreshSessionCommand command) {
    Instant now = clock.instant();
    RefreshToken token =
        refreshTokens
            .findByHash(SecretToken.of(command.refreshToken()).hash())
            .orElseThrow(() -> invalid("The refresh token is not valid"));
    if (token.revoked()) {
      throw invalid("This session has ended; sign in again");
    }
    if (token.used()) {
      throw reused(token, now);
    }
    if (token.expired(now)) {
      throw invalid("The refresh token has expired; sign in again");
    }
    if (!refreshTokens.markUsed(token.id(), now)) {
      // A concurrent refresh rotated it a moment ago: same as a replay.
      throw reused(token, now);
    }
    User user = users.findById(token.userId()).orElseThrow(() -> invalid("Unknown account"));
    if (!user.enabled()) {
      throw new KytheraException(ErrorCode.ACCOUNT_DISABLED, "This account is disabled");
    }
    return sessions.rotate(token, user, now);
  }

  private RefreshTokenReusedException reused(RefreshToken token, Instant now) {
    refreshTokens.revokeFamily(token.familyId(), now);
    return new RefreshTokenReusedException();
  }

  private static KytheraException invalid(String detail) {
    return new KytheraException(ErrorCode.INVALID_TOKEN, detail);
  }
}
