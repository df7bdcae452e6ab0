package dev.kythera.introspection.domain.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A relation the schema does not declare, as a user decided about it: confirmed relations are
 * followed like foreign keys (graph, explorer, seeding); rejected ones are no longer proposed.
 */
public record VirtualRelation(
    UUID id,
    UUID projectId,
    UUID connectionId,
    String fromTable,
    List<String> fromColumns,
    String toTable,
    List<String> toColumns,
    Status status,
    UUID createdBy,
    Instant createdAt) {

  /** The user's decision. */
  public enum Status {
    CONFIRMED,
    REJECTED
  }

  public VirtualRelation {
    fromColumns = List.copyOf(fromColumns);
    toColumns = List.copyOf(toColumns);
  }
}
