package dev.kythera.identity.adapter.out.security;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Argon2id hash in the PHC string format ({@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}), the
 * format of the reference implementation, so hashes stay portable and carry their cost.
 */
record Argon2idHash(Argon2idCost cost, byte[] salt, byte[] hash) {
  private static final Pattern PHC =
      Pattern.compile(
          "^\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,4}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$");
  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  /** The cost parameters of one hash. */
  record Argon2idCost(int memoryKib, int iterations, int parallelism) {}

  String encode() {
    return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
        .formatted(
            cost.memoryKib(),
            cost.iterations(),
            cost.parallelism(),
            ENCODER.encodeToString(salt),
            ENCODER.encodeToString(hash));
  }

  /** Parses a stored hash; empty when it is not an Argon2id PHC string. */
  static Optional<Argon2idHash> parse(String encoded) {
    if (encoded == null) {
      return Optional.empty();
    }
    Matcher matcher = PHC.matcher(encoded);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      Argon2idCost cost =
          new Argon2idCost(
              Integer.parseInt(matcher.group(1)),
              Integer.parseInt(matcher.group(2)),
              Integer.parseInt(matcher.group(3)));
      return Optional.of(
          new Argon2idHash(
              cost, DECODER.decode(matcher.group(4)), DECODER.decode(matcher.group(5))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
