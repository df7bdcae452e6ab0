package dev.kythera.kernel.id;

import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import java.util.UUID;

/** Parsing helper shared by the typed id records. */
public final class Ids {
  private Ids() {}

  /** Parses a UUID or fails with a validation error naming the field. */
  public static UUID parse(String field, String text) {
    if (text == null || text.isBlank()) {
      throw KytheraException.invalid(field, "is required");
    }
    try {
      return UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      throw new KytheraException(ErrorCode.VALIDATION_FAILED, field + " is not a valid id")
          .withField(field, "must be a UUID");
    }
  }

  static UUID require(String field, UUID value) {
    if (value == null) {
      throw KytheraException.invalid(field, "is required");
    }
    return value;
  }
}
