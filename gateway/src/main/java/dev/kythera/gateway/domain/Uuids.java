package dev.kythera.gateway.domain;

import dev.kythera.kernel.error.KytheraException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Strict UUID parsing: only the canonical 8-4-4-4-12 hex form, so the gateway and the backend read
 * the same id ({@link UUID#fromString} alone also accepts forms like {@code 1-2-3-4-5}).
 */
public final class Uuids {
  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Uuids() {}

  public static Optional<UUID> parse(String text) {
    if (text == null || !CANONICAL.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(UUID.fromString(text));
  }

  /** Parses {@code text} or fails with 400 naming {@code field}. */
  public static UUID require(String field, String text) {
    return parse(text).orElseThrow(() -> KytheraException.invalid(field, "must be a UUID"));
  }
}
