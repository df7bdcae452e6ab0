package dev.kythera.identity.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Value object: SHA-256 of a secret token, base64url. A plain hash suffices (no salt, no
 * stretching) because the secret carries 256 random bits; it lets the store look tokens up by hash
 * while a leaked table gives nothing usable.
 */
public record TokenHash(String value) {

  public static TokenHash of(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return new TokenHash(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
