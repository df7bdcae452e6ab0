package dev.kythera.introspection.application.port.in;

import dev.kythera.kernel.access.Role;
import java.util.Map;

/**
 * Inbound port: the data explorer. Browses and changes rows of one table of a connection, as the
 * connection's newest snapshot describes it (409 when there is none). Names a request uses are
 * checked against the snapshot (400 naming the field), values are bound as parameters, and errors
 * the target database raises are 422 {@code TARGET_QUERY_FAILED}. Rows are maps of column name to a
 * JSON-friendly value, in column order.
 */
public interface ExploreDataUseCase {

  /** One page of rows, filtered and sorted; {@code hasMore} instead of a count unless asked. */
  ExplorerPage browse(ExplorerTarget target, ExplorerBrowse query);

  /**
   * Inserts a row and returns it as stored (read back by its key). {@code role} is the caller's
   * platform role: production connections only take writes from admins (403 otherwise).
   */
  Map<String, Object> insert(ExplorerTarget target, Role role, Map<String, ?> values);

  /** Changes columns of the row with primary key {@code key}; 404 when no row has it. */
  Map<String, Object> update(
      ExplorerTarget target, Role role, Map<String, ?> key, Map<String, ?> values);

  /** Deletes the row with primary key {@code key}; 404 when no row has it. */
  void delete(ExplorerTarget target, Role role, Map<String, ?> key);

  /** The row with primary key {@code key} with its parent rows and first child rows. */
  ExplorerRelated related(ExplorerTarget target, Map<String, ?> key);
}
