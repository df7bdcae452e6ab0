package dev.kythera.introspection.application.port.in;

import dev.kythera.kernel.error.KytheraException;
import java.util.Objects;
import java.util.UUID;

/** The table a data-explorer call works on: {@code table} is {@code schema.name}. */
public record ExplorerTarget(UUID projectId, UUID connectionId, String table) {
  public ExplorerTarget {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(connectionId, "connectionId");
    if (table == null || table.isBlank() || table.length() > 512) {
      throw KytheraException.invalid("table", "must be schema.name");
    }
  }
}
