package dev.kythera.generation.domain.seed.value;

import java.time.LocalDate;
import java.util.function.ToIntFunction;

/**
 * What building one column's generator needs besides the column plan.
 *
 * @param seed the column's own seed (from plan seed, table and column name)
 * @param anchor the plan's anchor date for relative dates
 * @param engine the target engine, for type ranges
 * @param faker the table's Datafaker source
 * @param indexOf position of another column in the row, or -1
 */
public record GeneratorContext(
    long seed, LocalDate anchor, String engine, FakerSource faker, ToIntFunction<String> indexOf) {}
