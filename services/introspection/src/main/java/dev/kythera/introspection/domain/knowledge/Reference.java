package dev.kythera.introspection.domain.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reference definition kept for a connection: a named list of allowed values (from an enum, a
 * CHECK list, a lookup table, or typed in by hand), used by seeding and validation.
 *
 * @param kind {@code enum_type}, {@code check_list}, {@code lookup_table} or {@code manual}
 * @param source where it was found ({@code schema.table.column} or a type), null when manual
 */
public record Reference(
    UUID id,
    UUID projectId,
    UUID connectionId,
    String name,
    String kind,
    String source,
    List<String> values,
    UUID createdBy,
    Instant createdAt,
    Instant updatedAt) {

  public static final List<String> KINDS =
      List.of("enum_type", "check_list", "lookup_table", "manual");
  public static final int MAX_VALUES = 1_000;
  public static final int MAX_VALUE_LENGTH = 500;

  public Reference {
    values = List.copyOf(values);
  }
}
