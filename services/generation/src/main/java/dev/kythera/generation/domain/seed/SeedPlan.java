package dev.kythera.generation.domain.seed;

import dev.kythera.kernel.schema.QualifiedName;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A validated seed plan: tables in insert order (parents first), per table what to generate, the
 * foreign keys to fill with UPDATEs after every insert, and warnings that did not stop the plan.
 * Everything a run needs is in here, so the same plan and seed give the same rows.
 *
 * @param engine the target engine's wire name, for engine-specific type ranges
 */
public record SeedPlan(
    long seed,
    String locale,
    LocalDate anchor,
    String engine,
    List<TablePlan> tables,
    List<DeferredFill> deferredFills,
    List<PlanProblem> warnings) {

  public SeedPlan {
    tables = List.copyOf(tables);
    deferredFills = List.copyOf(deferredFills);
    warnings = List.copyOf(warnings);
  }

  public Optional<TablePlan> table(QualifiedName name) {
    return tables.stream().filter(table -> table.table().equals(name)).findFirst();
  }

  /** The plan of a table that must be in it. */
  public TablePlan require(QualifiedName name) {
    return table(name).orElseThrow(() -> new IllegalArgumentException(name + " is not planned"));
  }

  public long totalRows() {
    return tables.stream().mapToLong(TablePlan::rows).sum();
  }
}
