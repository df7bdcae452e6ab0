package dev.kythera.identity.domain.mfa;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Value object: a TOTP shared secret (RFC 6238 with SHA-1, 6 digits, 30 s steps — what every
 * authenticator app understands). 160 random bits, as RFC 4226 recommends. {@link #toString()}
 * hides it.
 */
public final class TotpSecret {
  public static final int BYTES = 20;
  public static final int DIGITS = 6;
  public static final int PERIOD_SECONDS = 30;
  public static final String ISSUER = "KytheraDB";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] bytes;

  private TotpSecret(byte[] bytes) {
    this.bytes = bytes.clone();
  }

  public static TotpSecret generate() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return new TotpSecret(bytes);
  }

  public static TotpSecret of(byte[] bytes) {
    return new TotpSecret(bytes);
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  /** The secret as users type it into an app. */
  public String base32() {
    return Base32.encode(bytes);
  }

  /** The {@code otpauth://} URI (Key Uri Format) an authenticator app scans. */
  public String otpauthUri(String accountName) {
    String label = encode(ISSUER + ":" + accountName);
    return "otpauth://totp/"
        + label
        + "?secret="
        + base32()
        + "&issuer="
        + encode(ISSUER)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + PERIOD_SECONDS;
  }

  /** The time step (RFC 6238 T) an instant falls in. */
  public static long stepAt(long epochSecond) {
    return Math.floorDiv(epochSecond, PERIOD_SECONDS);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "TotpSecret[hidden]";
  }
}
