package dev.kythera.generation.domain.seed.row;

import dev.kythera.kernel.schema.QualifiedName;
import java.util.List;

/** Keys of a parent table that is not generated in the plan: supplied by the writer. */
@FunctionalInterface
public interface ExistingKeys {
  ParentKeys keys(QualifiedName table, List<String> columns);

  static ExistingKeys none() {
    return (table, columns) -> {
      throw new IllegalStateException("Keys of existing table " + table + " were not supplied");
    };
  }
}
