package dev.kythera.introspection.application.service;

import dev.kythera.introspection.application.port.in.ExploreDataUseCase;
import dev.kythera.introspection.application.port.in.ExplorerBrowse;
import dev.kythera.introspection.application.port.in.ExplorerColumn;
import dev.kythera.introspection.application.port.in.ExplorerPage;
import dev.kythera.introspection.application.port.in.ExplorerRelated;
import dev.kythera.introspection.application.port.in.ExplorerTarget;
import dev.kythera.introspection.domain.explorer.ExploredTable;
import dev.kythera.introspection.domain.explorer.RowFilter;
import dev.kythera.introspection.domain.explorer.RowKey;
import dev.kythera.introspection.domain.explorer.RowValues;
import dev.kythera.introspection.domain.explorer.SortKey;
import dev.kythera.introspection.domain.explorer.SqlStatement;
import dev.kythera.introspection.domain.explorer.ValueConverter;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.Column;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data explorer: reads and writes rows of a connection's tables through the newest snapshot,
 * which decides which names exist. Every call validates its input before it opens the target.
 */
@ApplicationScoped
public class DataExplorerService implements ExploreDataUseCase {
  private final ExplorerScopes scopes;

  public DataExplorerService(ExplorerScopes scopes) {
    this.scopes = scopes;
  }

  @Override
  public ExplorerPage browse(ExplorerTarget target, ExplorerBrowse query) {
    ExplorerScope scope = scopes.read(target);
    ExploredTable table = scope.table();
    List<RowFilter> filters = query.filters().stream().map(f -> RowFilter.parse(f, table)).toList();
    List<SortKey> order = SortKey.parse(query.sort(), table);
    long offset = (long) query.page() * query.size();
    try (ExplorerSession session = scopes.open(scope)) {
      List<Map<String, Object>> rows =
          session.rows(
              scope.queries().select(filters, order, query.size() + 1, offset), table.columns());
      boolean hasMore = rows.size() > query.size();
      Long total = query.count() ? session.count(scope.queries().count(filters)) : null;
      return new ExplorerPage(
          table.name().toString(),
          columns(table),
          table.primaryKey().stream().map(Column::name).toList(),
          hasMore ? rows.subList(0, query.size()) : rows,
          query.page(),
          query.size(),
          hasMore,
          table.table().rowEstimate(),
          total);
    }
  }

  @Override
  public Map<String, Object> insert(ExplorerTarget target, Role role, Map<String, ?> values) {
    ExplorerScope scope = scopes.write(target, role);
    ExploredTable table = scope.table();
    RowValues row = RowValues.parse(values, table);
    try (ExplorerSession session = scopes.open(scope)) {
      session.begin();
      Map<Column, Object> chosen = session.insert(scope.queries().insert(row), table.primaryKey());
      Map<String, Object> stored =
          keyAfterInsert(table, row, chosen)
              .flatMap(key -> session.first(byKey(scope, key), table.columns()))
              .orElseGet(() -> echo(row));
      session.commit();
      return stored;
    }
  }

  @Override
  public Map<String, Object> update(
      ExplorerTarget target, Role role, Map<String, ?> key, Map<String, ?> values) {
    ExplorerScope scope = scopes.write(target, role);
    RowKey rowKey = RowKey.parse(key, scope.table());
    RowValues changes = RowValues.parse(values, scope.table());
    if (changes.isEmpty()) {
      throw KytheraException.invalid("values", "must name at least one column to change");
    }
    try (ExplorerSession session = scopes.open(scope)) {
      session.begin();
      if (session.update(scope.queries().update(rowKey, changes)) == 0) {
        throw KytheraException.notFound("A row with this key");
      }
      Map<String, Object> stored =
          session
              .first(byKey(scope, rowKey.after(changes)), scope.table().columns())
              .orElseGet(() -> echo(changes));
      session.commit();
      return stored;
    }
  }

  @Override
  public void delete(ExplorerTarget target, Role role, Map<String, ?> key) {
    ExplorerScope scope = scopes.write(target, role);
    RowKey rowKey = RowKey.parse(key, scope.table());
    try (ExplorerSession session = scopes.open(scope)) {
      session.begin();
      if (session.update(scope.queries().delete(rowKey)) == 0) {
        throw KytheraException.notFound("A row with this key");
      }
      session.commit();
    }
  }

  @Override
  public ExplorerRelated related(ExplorerTarget target, Map<String, ?> key) {
    ExplorerScope scope = scopes.read(target);
    RowKey rowKey = RowKey.parse(key, scope.table());
    try (ExplorerSession session = scopes.open(scope)) {
      Map<String, Object> row =
          session
              .first(byKey(scope, rowKey), scope.table().columns())
              .orElseThrow(() -> KytheraException.notFound("A row with this key"));
      return ExplorerRelations.of(scope, session, row);
    }
  }

  private static SqlStatement byKey(ExplorerScope scope, RowKey key) {
    return scope.queries().select(key.conditions(), List.of(), 1, 0);
  }

  /** The new row's key: the values given, else what the database chose; empty when unknown. */
  private static Optional<RowKey> keyAfterInsert(
      ExploredTable table, RowValues row, Map<Column, Object> chosen) {
    Map<Column, Object> key = new LinkedHashMap<>();
    for (Column column : table.primaryKey()) {
      if (row.get(column) != null) {
        key.put(column, row.get(column));
      } else if (chosen.get(column) != null) {
        Object value = RowValueReader.jsonQuietly(chosen.get(column));
        key.put(column, ValueConverter.convert(value, column, "key"));
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new RowKey(key));
  }

  /** The values as sent, when the row cannot be read back (its key is unknown). */
  private static Map<String, Object> echo(RowValues row) {
    Map<String, Object> shown = new LinkedHashMap<>();
    row.values().forEach((c, value) -> shown.put(c.name(), RowValueReader.jsonQuietly(value)));
    return shown;
  }

  private static List<ExplorerColumn> columns(ExploredTable table) {
    List<String> key = table.primaryKey().stream().map(Column::name).toList();
    return table.columns().stream()
        .map(
            c ->
                new ExplorerColumn(
                    c.name(),
                    c.dataType(),
                    c.category().name(),
                    c.nullable(),
                    key.contains(c.name())))
        .toList();
  }
}
