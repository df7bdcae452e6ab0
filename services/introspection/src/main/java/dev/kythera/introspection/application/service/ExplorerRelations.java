package dev.kythera.introspection.application.service;

import dev.kythera.introspection.application.port.in.ExplorerRelated;
import dev.kythera.introspection.application.port.in.ExplorerRelated.ExplorerChildren;
import dev.kythera.introspection.application.port.in.ExplorerRelated.ExplorerParent;
import dev.kythera.introspection.domain.explorer.ExploredTable;
import dev.kythera.introspection.domain.explorer.Relations;
import dev.kythera.introspection.domain.explorer.RowQueries;
import dev.kythera.introspection.domain.explorer.SortKey;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 360° view of one row: the row each of its foreign keys points at, and the first rows of every
 * table whose foreign keys point at it (composite keys included), one query per foreign key.
 */
final class ExplorerRelations {
  static final int CHILD_ROWS = 20;

  private ExplorerRelations() {}

  static ExplorerRelated of(ExplorerScope scope, ExplorerSession session, Map<String, Object> row) {
    ExploredTable table = scope.table();
    Map<String, Object> key = new LinkedHashMap<>();
    table.primaryKey().stream().map(Column::name).forEach(name -> key.put(name, row.get(name)));
    List<ExplorerParent> parents =
        table.table().foreignKeys().stream().map(fk -> parent(scope, session, row, fk)).toList();
    List<ExplorerChildren> children =
        Relations.incoming(scope.model(), table.name()).stream()
            .map(incoming -> children(scope, session, row, incoming))
            .toList();
    return new ExplorerRelated(table.name().toString(), key, row, parents, children);
  }

  private static ExplorerParent parent(
      ExplorerScope scope, ExplorerSession session, Map<String, Object> row, ForeignKey fk) {
    List<Object> values = fk.columns().stream().map(row::get).toList();
    Map<String, Object> parentRow =
        scope
            .model()
            .table(fk.referencedTable())
            .map(ExploredTable::new)
            .flatMap(
                parent ->
                    Relations.matching(parent, fk.referencedColumns(), values)
                        .flatMap(
                            conditions ->
                                session.first(
                                    new RowQueries(scope.dialect(), parent)
                                        .select(conditions, List.of(), 1, 0),
                                    parent.columns())))
            .orElse(null);
    return new ExplorerParent(
        fk.name(),
        fk.referencedTable().toString(),
        fk.columns(),
        fk.referencedColumns(),
        parentRow);
  }

  private static ExplorerChildren children(
      ExplorerScope scope,
      ExplorerSession session,
      Map<String, Object> row,
      Relations.Incoming incoming) {
    ExploredTable child = new ExploredTable(incoming.table());
    ForeignKey fk = incoming.foreignKey();
    List<Object> values = fk.referencedColumns().stream().map(row::get).toList();
    List<Map<String, Object>> rows =
        Relations.matching(child, fk.columns(), values)
            .map(
                conditions ->
                    session.rows(
                        new RowQueries(scope.dialect(), child)
                            .select(conditions, SortKey.parse(List.of(), child), CHILD_ROWS + 1, 0),
                        child.columns()))
            .orElse(List.of());
    boolean hasMore = rows.size() > CHILD_ROWS;
    return new ExplorerChildren(
        fk.name(),
        child.name().toString(),
        fk.columns(),
        fk.referencedColumns(),
        hasMore ? rows.subList(0, CHILD_ROWS) : rows,
        hasMore);
  }
}
