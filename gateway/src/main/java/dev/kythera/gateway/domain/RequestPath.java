package dev.kythera.gateway.domain;

import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import java.util.ArrayList;
import java.util.List;

/**
 * A request path the gateway accepts, split into segments. The raw path is forwarded unchanged, so
 * instead of normalising it the gateway refuses anything a backend could read differently: dot
 * segments, empty segments, backslashes, matrix parameters ({@code ;}) and percent-encoded {@code
 * /}, {@code \}, {@code %}, {@code ;}, control characters or unreserved characters (such as {@code
 * %2e}). What is left means the same to the gateway and to every backend.
 *
 * @param raw the path as received, without the query
 * @param segments its segments; a single trailing slash is ignored
 */
public record RequestPath(String raw, List<String> segments) {
  static final int MAX_LENGTH = 2048;

  public RequestPath {
    segments = List.copyOf(segments);
  }

  /** Validates a raw request path, failing with 400 when it could be read two ways. */
  public static RequestPath parse(String raw) {
    if (raw == null || raw.isEmpty() || raw.charAt(0) != '/') {
      throw refused("it must start with /");
    }
    if (raw.length() > MAX_LENGTH) {
      throw refused("it is longer than " + MAX_LENGTH + " characters");
    }
    checkCharacters(raw);
    List<String> segments = new ArrayList<>(8);
    int start = 1;
    int length = raw.length();
    while (start <= length) {
      int slash = raw.indexOf('/', start);
      int end = slash < 0 ? length : slash;
      String segment = raw.substring(start, end);
      boolean trailing = slash < 0 && segment.isEmpty();
      if (!trailing) {
        if (segment.isEmpty()) {
          throw refused("it has an empty segment (//)");
        }
        if (segment.equals(".") || segment.equals("..")) {
          throw refused("it has a . or .. segment");
        }
        segments.add(segment);
      }
      start = end + 1;
    }
    return new RequestPath(raw, segments);
  }

  private static void checkCharacters(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          throw refused("it has a broken percent escape");
        }
        int value = hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2));
        if (value < 0 || forbiddenEscape(value)) {
          throw refused("it has a forbidden or broken percent escape");
        }
        i += 2;
      } else if (!allowedLiteral(c)) {
        throw refused("it has a character that is not allowed in a path");
      }
    }
  }

  private static boolean allowedLiteral(char c) {
    return unreserved(c) || c == '/' || "!$&'()*+,=:@".indexOf(c) >= 0;
  }

  private static boolean unreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static boolean forbiddenEscape(int value) {
    return unreserved(value)
        || value == '/'
        || value == '\\'
        || value == '%'
        || value == ';'
        || value < 0x20
        || value == 0x7f;
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1000;
  }

  private static KytheraException refused(String why) {
    return new KytheraException(ErrorCode.VALIDATION_FAILED, "The request path is refused: " + why);
  }
}
