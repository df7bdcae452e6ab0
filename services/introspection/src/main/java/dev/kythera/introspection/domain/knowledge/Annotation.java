package dev.kythera.introspection.domain.knowledge;

import java.time.Instant;
import java.util.UUID;

/**
 * A user's note on a table ({@code schema.table}) or column ({@code schema.table.column}) of a
 * connection's schema.
 */
public record Annotation(
    UUID id,
    UUID projectId,
    UUID connectionId,
    String target,
    String body,
    UUID createdBy,
    Instant createdAt,
    Instant updatedAt) {

  public static final int MAX_BODY = 4_000;
}
