package dev.kythera.identity.domain.token;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Value object: a bearer secret handed to a user once (mail link, refresh token). Only its {@link
 * TokenHash} is ever stored, and {@link #toString()} hides it so it cannot reach a log by accident.
 */
public final class SecretToken {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 32;

  private final String value;

  private SecretToken(String value) {
    this.value = value;
  }

  /** 32 random bytes from {@link SecureRandom}, base64url without padding (43 characters). */
  public static SecretToken generate() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The secret as presented back by a client. */
  public static SecretToken of(String presented) {
    return new SecretToken(Objects.requireNonNull(presented, "presented").trim());
  }

  /** The text to hand to the user, exactly once. */
  public String reveal() {
    return value;
  }

  public TokenHash hash() {
    return TokenHash.of(value);
  }

  @Override
  public String toString() {
    return "SecretToken[hidden]";
  }
}
