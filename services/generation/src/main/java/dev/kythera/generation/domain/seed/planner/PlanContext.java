package dev.kythera.generation.domain.seed.planner;

import dev.kythera.kernel.schema.QualifiedName;
import java.time.LocalDate;
import java.util.function.ToLongFunction;

/**
 * Plan-wide facts the per-table steps need.
 *
 * @param rowsOf rows of a table: planned rows when generated, else the snapshot's estimate (-1 when
 *     unknown)
 */
record PlanContext(
    long seed,
    String locale,
    String engine,
    LocalDate anchor,
    ToLongFunction<QualifiedName> rowsOf) {}
