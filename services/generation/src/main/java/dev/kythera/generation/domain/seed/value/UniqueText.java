package dev.kythera.generation.domain.seed.value;

import java.util.Locale;

/**
 * Makes text unique by construction from a row's sequence number: a natural value gets a base-36
 * suffix after a separator it cannot contain ({@code Acme Corp-2s}; e-mails {@code
 * jane.doe+2s@example.com}), shortened to fit the column; columns of at most {@value #PURE_MAX}
 * characters get a fixed-width code instead ({@code 0K}, {@code 7QZ}) from a permutation of the
 * whole code space. Capacity follows from the length; the planner refuses more rows.
 */
public final class UniqueText {
  static final int PURE_MAX = 6;
  private static final long[] POWERS = new long[13];
  private static final Permutation[] CODES = new Permutation[PURE_MAX + 1];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 36;
    }
    for (int i = 1; i <= PURE_MAX; i++) {
      CODES[i] = new Permutation(POWERS[i], 0x5eed);
    }
  }

  private UniqueText() {}

  /** How many distinct values fit a column of {@code maxLength} characters (null: unbounded). */
  public static long capacity(Integer maxLength) {
    if (maxLength == null || maxLength > POWERS.length) {
      return Long.MAX_VALUE;
    }
    if (maxLength <= 0) {
      return 0;
    }
    return maxLength <= PURE_MAX ? POWERS[maxLength] : POWERS[maxLength - 1];
  }

  /** Whether unique values of this length are fixed-width codes rather than suffixed text. */
  static boolean isCode(Integer maxLength) {
    return maxLength != null && maxLength <= PURE_MAX;
  }

  static String apply(String natural, long n, Integer maxLength) {
    if (maxLength != null && maxLength <= PURE_MAX) {
      return pure(n, maxLength);
    }
    String suffix = Long.toString(n, 36);
    if (maxLength == null) {
      return natural + "-" + suffix;
    }
    int room = Math.max(0, maxLength - 1 - suffix.length());
    return TextShape.cut(natural, room) + "-" + suffix;
  }

  static String email(String natural, long n, Integer maxLength) {
    int at = natural.lastIndexOf('@');
    if (at < 1) {
      return apply(natural, n, maxLength);
    }
    String tag = "+" + Long.toString(n, 36);
    String domain = natural.substring(at);
    String local = natural.substring(0, at);
    if (maxLength == null || local.length() + tag.length() + domain.length() <= maxLength) {
      return local + tag + domain;
    }
    int room = maxLength - tag.length() - domain.length();
    return room >= 1 ? local.substring(0, room) + tag + domain : apply(natural, n, maxLength);
  }

  private static String pure(long n, int length) {
    long code = CODES[length].apply(n);
    String digits = Long.toString(code, 36).toUpperCase(Locale.ROOT);
    return "0".repeat(Math.max(0, length - digits.length())) + digits;
  }
}
