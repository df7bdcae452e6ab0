package dev.kythera.introspection.domain.heuristics;

import dev.kythera.kernel.schema.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * A relation the schema does not declare but its names suggest.
 *
 * @param confidence 0 to 1
 * @param reason why it was proposed, in one sentence
 */
public record InferredRelation(
    QualifiedName fromTable,
    List<String> fromColumns,
    QualifiedName toTable,
    List<String> toColumns,
    double confidence,
    String reason) {
  public InferredRelation {
    Objects.requireNonNull(fromTable, "fromTable");
    Objects.requireNonNull(toTable, "toTable");
    Objects.requireNonNull(reason, "reason");
    fromColumns = List.copyOf(fromColumns);
    toColumns = List.copyOf(toColumns);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }
  }
}
