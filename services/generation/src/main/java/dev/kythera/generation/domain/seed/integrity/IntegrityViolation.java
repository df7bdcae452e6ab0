package dev.kythera.generation.domain.seed.integrity;

import dev.kythera.kernel.schema.QualifiedName;

/**
 * One constraint that does not hold on the seeded data.
 *
 * @param table the table checked
 * @param constraint the constraint's name (or the column, for NOT NULL)
 * @param kind what was checked
 * @param rows how many rows break it (for UNIQUE: how many duplicated key values)
 */
public record IntegrityViolation(
    QualifiedName table, String constraint, IntegrityCheckKind kind, long rows) {}
