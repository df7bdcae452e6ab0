package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.RowCount;
import dev.kythera.generation.domain.seed.SeedRequest;
import dev.kythera.generation.domain.seed.TableRequest;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.graph.FkGraph;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the requested table names, validates counts and per-parent ratios, and adds the tables
 * their foreign keys need (transitively) unless the request uses existing parents.
 */
final class TableSelector {
  private TableSelector() {}

  static Selection select(
      SchemaModel model, FkGraph graph, SeedRequest request, Problems problems) {
    Map<QualifiedName, TableRequest> requested = new LinkedHashMap<>();
    Map<QualifiedName, String> fields = new HashMap<>();
    Map<QualifiedName, ForeignKey> perParent = new HashMap<>();
    for (TableRequest tableRequest : request.tables()) {
      String field = "tables." + tableRequest.table();
      Optional<Table> table = TableNames.resolve(model, tableRequest.table(), field, problems);
      if (table.isEmpty()) {
        continue;
      }
      QualifiedName name = table.get().name();
      if (requested.containsKey(name)) {
        problems.error(field, "the table is requested more than once");
        continue;
      }
      requested.put(name, tableRequest);
      fields.put(name, field);
      checkCount(model, table.get(), tableRequest.count(), field, problems)
          .ifPresent(key -> perParent.put(name, key));
    }
    Set<QualifiedName> planned = new HashSet<>(requested.keySet());
    if (request.includeParents()) {
      addParents(graph, planned);
    }
    perParent.forEach(
        (child, key) -> {
          if (!planned.contains(key.referencedTable())) {
            problems.error(
                fields.get(child) + ".count.parent",
                "a per-parent ratio needs " + key.referencedTable().name() + " in the plan");
          }
        });
    List<QualifiedName> order =
        graph.topologicalOrder().stream().filter(planned::contains).toList();
    return new Selection(order, requested, fields, perParent);
  }

  private static void addParents(FkGraph graph, Set<QualifiedName> planned) {
    Deque<QualifiedName> pending = new ArrayDeque<>(planned);
    while (!pending.isEmpty()) {
      for (QualifiedName parent : graph.parentsOf(pending.pop())) {
        if (planned.add(parent)) {
          pending.push(parent);
        }
      }
    }
  }

  /** Validates a count; for a per-parent ratio, returns the foreign key to the parent. */
  private static Optional<ForeignKey> checkCount(
      SchemaModel model, Table table, RowCount count, String field, Problems problems) {
    if (count instanceof RowCount.Absolute absolute) {
      if (absolute.rows() < 1) {
        problems.error(field + ".count", "must be at least 1, was " + absolute.rows());
      }
      return Optional.empty();
    }
    RowCount.PerParent ratio = (RowCount.PerParent) count;
    if (ratio.min() < 0 || ratio.max() < 1 || ratio.max() < ratio.min()) {
      problems.error(
          field + ".count",
          "needs 0 <= min <= max and max >= 1, was " + ratio.min() + "-" + ratio.max());
      return Optional.empty();
    }
    Optional<Table> parent =
        TableNames.resolve(model, ratio.parent(), field + ".count.parent", problems);
    if (parent.isEmpty()) {
      return Optional.empty();
    }
    return ParentKeyChoice.of(table, parent.get(), ratio.foreignKey(), field + ".count", problems);
  }
}
