package dev.kythera.identity.application.port.out;

import dev.kythera.identity.domain.user.User;
import java.time.Instant;
import java.util.Map;

/** Outbound port: signs user access tokens and publishes the keys that verify them. */
public interface TokenIssuer {

  /** A signed access token for {@code user}, valid from {@code now} for the configured TTL. */
  AccessToken issue(User user, Instant now);

  /** The public verification keys as a JWKS document ({@code {"keys":[...]}}). */
  Map<String, Object> jwks();

  /** A signed token and its lifetime in seconds. */
  record AccessToken(String value, long expiresInSeconds) {
    @Override
    public String toString() {
      return "AccessToken[hidden, expiresIn=" + expiresInSeconds + "]";
    }
  }
}
