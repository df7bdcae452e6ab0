package dev.kythera.generation.domain.seed.row;

import dev.kythera.generation.domain.seed.value.Mix;
import dev.kythera.kernel.schema.QualifiedName;

/**
 * Seeds of tables, columns and foreign keys, derived from the plan seed and names. The schema is
 * left out on purpose: it differs between engines (public, the database name, main) and the same
 * seed must give the same rows on each.
 */
public final class Seeds {
  private Seeds() {}

  public static long table(long planSeed, QualifiedName table) {
    return Mix.of(planSeed, table.name());
  }

  static long column(long tableSeed, String column) {
    return Mix.of(tableSeed, "column:" + column);
  }

  static long foreignKey(long tableSeed, String name) {
    return Mix.of(tableSeed, "fk:" + name);
  }

  static long combination(long tableSeed, String constraint) {
    return Mix.of(tableSeed, "unique:" + constraint);
  }

  /** Salt of a per-parent distribution; the planner uses it to count the children. */
  public static long perParent(long tableSeed, String foreignKey) {
    return Mix.of(tableSeed, "per-parent:" + foreignKey);
  }
}
