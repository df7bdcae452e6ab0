package dev.kythera.introspection.application.port.in;

import java.util.List;
import java.util.Map;

/**
 * The 360° view of one row: the row, the rows its foreign keys point at, and the first rows of
 * every table whose foreign keys point at it.
 */
public record ExplorerRelated(
    String table,
    Map<String, Object> key,
    Map<String, Object> row,
    List<ExplorerParent> parents,
    List<ExplorerChildren> children) {

  /**
   * The row one foreign key of this row points at; {@code row} is null when the key is null or
   * nothing matches.
   */
  public record ExplorerParent(
      String foreignKey,
      String table,
      List<String> columns,
      List<String> referencedColumns,
      Map<String, Object> row) {}

  /** Rows of {@code table} whose foreign key {@code columns} point at this row. */
  public record ExplorerChildren(
      String foreignKey,
      String table,
      List<String> columns,
      List<String> referencedColumns,
      List<Map<String, Object>> rows,
      boolean hasMore) {}
}
