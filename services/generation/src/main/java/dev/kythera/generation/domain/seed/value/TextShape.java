package dev.kythera.generation.domain.seed.value;

/** Fits text to a column: cut to the maximum length, padded to a minimum one. */
final class TextShape {
  private TextShape() {}

  static String fit(String value, Integer minLength, Integer maxLength) {
    String fitted = maxLength == null ? value : cut(value, maxLength);
    if (minLength != null && fitted.length() < minLength) {
      return fitted + "x".repeat(minLength - fitted.length());
    }
    return fitted;
  }

  /** At most {@code length} characters, without trailing blanks (CHAR columns pad anyway). */
  static String cut(String value, int length) {
    if (value.length() <= length) {
      return value;
    }
    String cut = value.substring(0, length);
    int end = cut.length();
    while (end > 1 && cut.charAt(end - 1) == ' ') {
      end--;
    }
    return cut.substring(0, end);
  }
}
