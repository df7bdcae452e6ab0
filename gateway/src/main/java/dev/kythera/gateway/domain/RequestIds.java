package dev.kythera.gateway.domain;

import java.util.UUID;

/** Correlation ids: a client's {@code X-Request-Id} is kept when it is a sane short token. */
public final class RequestIds {
  static final int MAX_LENGTH = 64;

  private RequestIds() {}

  /** The client's id when it is 1–64 characters of {@code [A-Za-z0-9._:-]}, else a new UUID. */
  public static String acceptOrNew(String fromClient) {
    return isSane(fromClient) ? fromClient : UUID.randomUUID().toString();
  }

  static boolean isSane(String id) {
    if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == ':'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
