package dev.kythera.generation.domain.seed;

import java.util.Locale;
import java.util.Optional;

/** What happens to the rows already in the seeded tables. */
public enum SeedMode {
  /** Keep them; new rows are added (unique values continue after the existing row count). */
  APPEND,
  /** Empty the planned tables first (children before parents), then seed. */
  TRUNCATE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SeedMode> fromWire(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (SeedMode mode : values()) {
      if (mode.wireName().equalsIgnoreCase(text.trim())) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
