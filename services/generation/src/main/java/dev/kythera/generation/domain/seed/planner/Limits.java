package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.SeedLimits;
import java.util.Collection;

/** Refuses tables and plans above the rows one job may write. */
final class Limits {
  private Limits() {}

  static void check(Collection<TableDraft> drafts, SeedLimits limits, Problems problems) {
    long total = 0;
    for (TableDraft draft : drafts) {
      if (draft.rows > limits.maxRowsPerJob()) {
        problems.error(
            draft.field + (draft.added ? "" : ".count"),
            draft.rows + " rows exceed the limit of " + limits.maxRowsPerJob() + " rows per job");
      }
      total = total + draft.rows < 0 ? Long.MAX_VALUE : total + draft.rows;
    }
    if (total > limits.maxRowsPerJob() && drafts.size() > 1) {
      problems.error(
          "tables",
          "the plan has "
              + total
              + " rows in all, above the limit of "
              + limits.maxRowsPerJob()
              + " rows per job");
    }
  }
}
