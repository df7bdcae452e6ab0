package dev.kythera.connectors;

import java.util.Locale;
import java.util.Optional;

/** Target database engines KytheraDB connects to. */
public enum Engine {
  POSTGRESQL,
  MYSQL,
  SQLITE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire name; {@code mariadb} is an alias of {@code mysql} (same protocol). */
  public static Optional<Engine> fromWire(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.trim().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "postgresql", "postgres" -> Optional.of(POSTGRESQL);
      case "mysql", "mariadb" -> Optional.of(MYSQL);
      case "sqlite" -> Optional.of(SQLITE);
      default -> Optional.empty();
    };
  }
}
