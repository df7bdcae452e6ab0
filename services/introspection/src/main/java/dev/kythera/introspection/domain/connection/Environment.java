package dev.kythera.introspection.domain.connection;

import java.util.Locale;
import java.util.Optional;

/** Where a database sits in the delivery pipeline; guard rails get stricter towards production. */
public enum Environment {
  DEVELOPMENT,
  STAGING,
  PRODUCTION;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Environment> fromWire(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "development", "dev" -> Optional.of(DEVELOPMENT);
      case "staging" -> Optional.of(STAGING);
      case "production", "prod" -> Optional.of(PRODUCTION);
      default -> Optional.empty();
    };
  }
}
