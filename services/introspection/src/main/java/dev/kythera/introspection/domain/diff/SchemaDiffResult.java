package dev.kythera.introspection.domain.diff;

import java.util.List;

/**
 * The outcome of comparing two snapshots: counts, the readable change list in a stable order, and
 * the typed {@link SchemaDelta} with the full objects (for migration and changelog generators; not
 * meant for the wire).
 */
public record SchemaDiffResult(Summary summary, List<Change> changes, SchemaDelta delta) {

  public SchemaDiffResult {
    changes = List.copyOf(changes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** How many changes of each kind the diff holds. */
  public record Summary(int added, int removed, int changed) {
    static Summary of(List<Change> changes) {
      int added = 0;
      int removed = 0;
      int changed = 0;
      for (Change change : changes) {
        switch (change.change()) {
          case ADDED -> added++;
          case REMOVED -> removed++;
          case CHANGED -> changed++;
        }
      }
      return new Summary(added, removed, changed);
    }
  }
}
