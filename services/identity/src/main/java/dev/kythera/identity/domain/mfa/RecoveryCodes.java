package dev.kythera.identity.domain.mfa;

import dev.kythera.identity.domain.token.TokenHash;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Domain rule: recovery codes for a lost authenticator. Ten codes of 16 base32 characters (80
 * random bits) shown once as {@code xxxx-xxxx-xxxx-xxxx}; only their SHA-256 is stored, which is
 * enough at that entropy. Input is normalised (case, dashes, spaces) before hashing.
 */
public final class RecoveryCodes {
  public static final int COUNT = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  public static List<String> generate() {
    List<String> codes = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      byte[] bytes = new byte[10];
      RANDOM.nextBytes(bytes);
      String raw = Base32.encode(bytes).toLowerCase(Locale.ROOT);
      codes.add(
          raw.substring(0, 4)
              + "-"
              + raw.substring(4, 8)
              + "-"
              + raw.substring(8, 12)
              + "-"
              + raw.substring(12, 16));
    }
    return codes;
  }

  /** The stored form of a code as generated or as typed back. */
  public static TokenHash hash(String code) {
    return TokenHash.of(normalise(code));
  }

  public static String normalise(String code) {
    return code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
  }

  /** True when {@code input} has the shape of a recovery code (not of a 6-digit TOTP code). */
  public static boolean looksLikeOne(String input) {
    return input != null && normalise(input).matches("[a-z2-7]{16}");
  }
}
