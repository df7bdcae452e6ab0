package dev.kythera.identity.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.identity.domain.mfa.Base32;
import dev.kythera.identity.domain.mfa.TotpSecret;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 6238 appendix B test vectors (8 digits, 30 s steps), and the 6-digit window used at login.
 */
class HmacTotpCodesTest {
  private static final byte[] SHA1_SEED =
      "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHA256_SEED =
      "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHA512_SEED =
      ("1234567890".repeat(6) + "1234").getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest(name = "T={0}s")
  @CsvSource({
    "59, 94287082, 46119246, 90693936",
    "1111111109, 07081804, 68084774, 25091201",
    "1111111111, 14050471, 67062674, 99943326",
    "1234567890, 89005924, 91819424, 93441116",
    "2000000000, 69279037, 90698825, 38618901",
    "20000000000, 65353130, 77737706, 47863826"
  })
  void rfc6238Vectors(long seconds, String sha1, String sha256, String sha512) {
    long step = TotpSecret.stepAt(seconds);
    assertThat(new HmacTotpCodes(8, "HmacSHA1").codeAt(SHA1_SEED, step)).isEqualTo(sha1);
    assertThat(new HmacTotpCodes(8, "HmacSHA256").codeAt(SHA256_SEED, step)).isEqualTo(sha256);
    assertThat(new HmacTotpCodes(8, "HmacSHA512").codeAt(SHA512_SEED, step)).isEqualTo(sha512);
  }

  @Test
  void sixDigitCodesAreTheLastSixOfTheEightDigitOnes() {
    long step = TotpSecret.stepAt(1111111109);
    assertThat(new HmacTotpCodes().codeAt(SHA1_SEED, step)).isEqualTo("081804");
  }

  @Test
  void oneStepEitherSideIsAcceptedAndNothingFurther() {
    HmacTotpCodes totp = new HmacTotpCodes();
    long now = 1_000_000;
    assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, now - 1), now, 1))
        .isEqualTo(OptionalLong.of(now - 1));
    assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, now + 1), now, 1))
        .isEqualTo(OptionalLong.of(now + 1));
    assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, now), now, 1))
        .isEqualTo(OptionalLong.of(now));
    assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, now - 2), now, 1)).isEmpty();
    assertThat(totp.matchingStep(SHA1_SEED, totp.codeAt(SHA1_SEED, now + 2), now, 1)).isEmpty();
    assertThat(totp.matchingStep(SHA1_SEED, "12345", now, 1)).isEmpty();
  }

  @Test
  void base32FollowsRfc4648() {
    assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
    assertThat(new String(Base32.decode("mzxw 6ytb oi======"), StandardCharsets.US_ASCII))
        .isEqualTo("foobar");
    byte[] secret = TotpSecret.generate().bytes();
    assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
  }

  @Test
  void otpauthUriCarriesIssuerAccountAndParameters() {
    TotpSecret secret = TotpSecret.of(SHA1_SEED);
    assertThat(secret.otpauthUri("ada@example.com"))
        .isEqualTo(
            "otpauth://totp/KytheraDB%3Aada%40example.com?secret="
                + "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=KytheraDB&algorithm=SHA1&digits=6&period=30");
    assertThat(secret.toString()).doesNotContain("GEZD");
  }
}
