package dev.kythera.identity.adapter.out.security;

import dev.kythera.identity.application.port.out.TotpCodes;
import dev.kythera.identity.domain.mfa.TotpSecret;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Outbound adapter (JDK HmacSHA1): RFC 6238 TOTP over RFC 4226 HOTP with dynamic truncation. The
 * digit count is a constructor argument so the RFC's 8-digit test vectors can check it.
 */
@ApplicationScoped
public class HmacTotpCodes implements TotpCodes {
  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private final int digits;
  private final String algorithm;

  public HmacTotpCodes() {
    this(TotpSecret.DIGITS, "HmacSHA1");
  }

  /** For other digit counts or hash functions (HmacSHA256, HmacSHA512 in RFC 6238's vectors). */
  public HmacTotpCodes(int digits, String algorithm) {
    this.digits = digits;
    this.algorithm = algorithm;
  }

  @Override
  public String codeAt(byte[] secret, long step) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret, "RAW"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      String code = Integer.toString(binary % POWERS[digits]);
      return "0".repeat(digits - code.length()) + code;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }

  @Override
  public OptionalLong matchingStep(byte[] secret, String code, long step, int window) {
    byte[] presented = code.getBytes(StandardCharsets.US_ASCII);
    OptionalLong match = OptionalLong.empty();
    // Every candidate is computed and compared, so timing does not show which step matched.
    for (long candidate = step - window; candidate <= step + window; candidate++) {
      byte[] expected = codeAt(secret, candidate).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, presented) && match.isEmpty()) {
        match = OptionalLong.of(candidate);
      }
    }
    return match;
  }
}
