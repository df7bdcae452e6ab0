package dev.kythera.introspection.application.service;

import dev.kythera.introspection.application.port.in.DescribeGraphUseCase;
import dev.kythera.introspection.application.port.in.GraphView;
import dev.kythera.introspection.application.port.in.ReadSnapshotsUseCase;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.graph.FkEdge;
import dev.kythera.kernel.schema.graph.FkGraph;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds the graph view of a snapshot from the kernel's {@link FkGraph}. */
@ApplicationScoped
public class GraphService implements DescribeGraphUseCase {
  private final ReadSnapshotsUseCase snapshots;

  public GraphService(ReadSnapshotsUseCase snapshots) {
    this.snapshots = snapshots;
  }

  @Override
  public GraphView graph(UUID projectId, UUID snapshotId) {
    SchemaModel model = snapshots.get(projectId, snapshotId).model();
    return view(snapshotId, model);
  }

  /** The view of a model; public so the benchmark can time it apart from loading. */
  public static GraphView view(UUID snapshotId, SchemaModel model) {
    long started = System.nanoTime();
    FkGraph graph = FkGraph.of(model);
    Map<QualifiedName, QualifiedName> communities = graph.communities();
    Set<FkEdge> deferred = new HashSet<>(graph.deferredEdges());
    List<QualifiedName> order = graph.topologicalOrder();
    List<List<QualifiedName>> cycles = graph.cycles();
    Map<QualifiedName, Table> tables = model.tablesByName();
    List<GraphView.Node> nodes = new ArrayList<>();
    for (QualifiedName name : graph.nodes()) {
      Table table = tables.get(name);
      nodes.add(
          new GraphView.Node(
              name.toString(),
              name.schema(),
              name.name(),
              table.columns().size(),
              table.rowEstimate(),
              communities.get(name).toString()));
    }
    List<GraphView.Edge> edges = new ArrayList<>();
    for (FkEdge edge : graph.edges()) {
      edges.add(
          new GraphView.Edge(
              edge.from() + "->" + edge.to() + ":" + edge.name(),
              edge.from().toString(),
              edge.to().toString(),
              edge.name(),
              edge.columns(),
              edge.nullable(),
              edge.selfReference(),
              deferred.contains(edge)));
    }
    double millis = (System.nanoTime() - started) / 1_000_000.0;
    return new GraphView(
        snapshotId,
        nodes,
        edges,
        cycles.stream().map(cycle -> cycle.stream().map(QualifiedName::toString).toList()).toList(),
        order.stream().map(QualifiedName::toString).toList(),
        millis);
  }
}
