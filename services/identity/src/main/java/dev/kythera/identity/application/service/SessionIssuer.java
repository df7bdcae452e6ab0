package dev.kythera.identity.application.service;

import dev.kythera.identity.application.IdentityConfig;
import dev.kythera.identity.application.port.in.Session;
import dev.kythera.identity.application.port.in.UserView;
import dev.kythera.identity.application.port.out.RefreshTokenRepository;
import dev.kythera.identity.application.port.out.TokenIssuer;
import dev.kythera.identity.application.port.out.TokenIssuer.AccessToken;
import dev.kythera.identity.domain.token.RefreshToken;
import dev.kythera.identity.domain.token.SecretToken;
import dev.kythera.identity.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Application helper: mints the token pair of a session (new sign-in or rotation). */
@ApplicationScoped
public class SessionIssuer {
  private final RefreshTokenRepository refreshTokens;
  private final TokenIssuer tokenIssuer;
  private final IdentityConfig config;

  public SessionIssuer(
      RefreshTokenRepository refreshTokens, TokenIssuer tokenIssuer, IdentityConfig config) {
    this.refreshTokens = refreshTokens;
    this.tokenIssuer = tokenIssuer;
    this.config = config;
  }

  /** A new session (token family) for a user who just proved who they are. */
  public Session open(User user, Instant now) {
    return open(user, now, null);
  }

  /** A new session opened by a client that said it is {@code userAgent} (may be null). */
  public Session open(User user, Instant now, String userAgent) {
    SecretToken secret = SecretToken.generate();
    refreshTokens.insert(
        RefreshToken.startFamily(user.id(), secret, now, config.tokens().refreshTtl(), userAgent));
    return session(user, secret, now);
  }

  /** The next pair of the session {@code previous} belongs to; {@code previous} is used up. */
  public Session rotate(RefreshToken previous, User user, Instant now) {
    SecretToken secret = SecretToken.generate();
    refreshTokens.insert(previous.successor(secret, now, config.tokens().refreshTtl()));
    return session(user, secret, now);
  }

  private Session session(User user, SecretToken refresh, Instant now) {
    AccessToken access = tokenIssuer.issue(user, now);
    return new Session(
        access.value(), refresh.reveal(), access.expiresInSeconds(), UserView.of(user));
  }
}
