package dev.kythera.introspection.application.port.in;

import java.util.List;
import java.util.UUID;

/**
 * The FK graph of a snapshot as the graph viewer draws it. Ids are {@code schema.table}.
 *
 * @param buildMillis time taken to build the graph, cycles, order and communities
 */
public record GraphView(
    UUID snapshotId,
    List<Node> nodes,
    List<Edge> edges,
    List<List<String>> cycles,
    List<String> topologicalOrder,
    double buildMillis) {

  /** A table. */
  public record Node(
      String id, String schema, String name, int columnCount, long rowEstimate, String community) {}

  /** A foreign key from child ({@code source}) to parent ({@code target}). */
  public record Edge(
      String id,
      String source,
      String target,
      String name,
      List<String> columns,
      boolean nullable,
      boolean selfReference,
      boolean deferred) {}
}
