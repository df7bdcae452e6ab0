package dev.kythera.generation.domain.seed.row;

import dev.kythera.kernel.schema.QualifiedName;

/**
 * The values the database gave (or will give) an identity / auto-increment column of a generated
 * table, whose rows are numbered in insert order. After a truncate that resets the sequences they
 * are 1..N ({@link #fromOne()}); in append mode the writer reports the range it observed.
 */
@FunctionalInterface
public interface IdentityKeys {
  ParentKeys keys(QualifiedName table, String column, long rows);

  static IdentityKeys fromOne() {
    return (table, column, rows) -> ParentKeys.range(1, 1, rows);
  }
}
