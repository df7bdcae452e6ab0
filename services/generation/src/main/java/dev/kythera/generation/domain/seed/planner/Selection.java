package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.RowCount;
import dev.kythera.generation.domain.seed.TableRequest;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.QualifiedName;
import java.util.List;
import java.util.Map;

/**
 * The tables a plan covers: the requested ones (with the field prefix their problems are reported
 * under and, for per-parent ratios, the foreign key to the parent) and the parents added for them,
 * in insert order.
 */
record Selection(
    List<QualifiedName> order,
    Map<QualifiedName, TableRequest> requested,
    Map<QualifiedName, String> fields,
    Map<QualifiedName, ForeignKey> perParentKeys) {

  boolean planned(QualifiedName table) {
    return order.contains(table);
  }

  boolean added(QualifiedName table) {
    return planned(table) && !requested.containsKey(table);
  }

  /** The field prefix for a table's problems: {@code tables.<name as requested>}. */
  String field(QualifiedName table) {
    return fields.getOrDefault(table, "tables." + table.name());
  }

  RowCount.PerParent ratio(QualifiedName table) {
    TableRequest request = requested.get(table);
    return request != null && request.count() instanceof RowCount.PerParent ratio ? ratio : null;
  }
}
