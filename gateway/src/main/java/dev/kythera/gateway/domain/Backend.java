package dev.kythera.gateway.domain;

import java.util.Locale;
import java.util.Optional;

/** The services behind the gateway; each has a base URL in {@code kythera.gateway.services.*}. */
public enum Backend {
  IDENTITY,
  INTROSPECTION,
  GENERATION,
  PATCH,
  COMPLIANCE;

  /** Name used in configuration keys and docs URLs, e.g. {@code identity}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Backend> fromName(String name) {
    for (Backend backend : values()) {
      if (backend.configName().equals(name)) {
        return Optional.of(backend);
      }
    }
    return Optional.empty();
  }
}
