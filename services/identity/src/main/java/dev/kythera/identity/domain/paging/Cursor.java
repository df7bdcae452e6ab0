package dev.kythera.identity.domain.paging;

import dev.kythera.kernel.error.KytheraException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Value object: an opaque keyset position, "after (time, sequence)" in newest-first order. Clients
 * pass back what they got as {@code nextCursor}; it is base64url text and means nothing to them.
 *
 * @param time the sort time of the last item seen
 * @param tieBreaker a stable secondary key (a sequence or an id) of that item
 */
public record Cursor(Instant time, String tieBreaker) {

  public String encode() {
    String raw = time.getEpochSecond() + ":" + time.getNano() + ":" + tieBreaker;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a cursor; null or blank is "from the start" (null). */
  public static Cursor decode(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8);
      String[] parts = raw.split(":", 3);
      return new Cursor(
          Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
    } catch (RuntimeException e) {
      throw KytheraException.invalid("cursor", "is not a cursor this API gave out");
    }
  }
}
