package dev.kythera.introspection.domain.heuristics;

import dev.kythera.kernel.schema.QualifiedName;
import java.util.Objects;

/**
 * A table's guessed business domain.
 *
 * @param confidence 0 to 1; {@link Domain#OTHER} always carries 0 (no evidence)
 * @param reason the words that decided it
 */
public record DomainClassification(
    QualifiedName table, Domain domain, double confidence, String reason) {
  public DomainClassification {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(reason, "reason");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }
  }
}
