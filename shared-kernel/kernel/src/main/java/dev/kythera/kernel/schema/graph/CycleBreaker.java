package dev.kythera.kernel.schema.graph;

import dev.kythera.kernel.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses, inside one strongly connected component, the edges to defer (insert NULL first, fill
 * later; or rely on a deferrable constraint) so the rest has an order. Greedy and deterministic:
 * prefer nullable edges, then deferrable ones, by name, until no cycle is left.
 */
final class CycleBreaker {
  private CycleBreaker() {}

  static List<FkEdge> edgesToDefer(List<QualifiedName> component, List<FkEdge> inside) {
    if (component.size() < 2) {
      return List.of();
    }
    List<FkEdge> candidates =
        inside.stream()
            .filter(edge -> edge.nullable() || edge.deferrable())
            .sorted(
                Comparator.comparing((FkEdge edge) -> !edge.nullable())
                    .thenComparing(edge -> edge.from())
                    .thenComparing(edge -> edge.name() == null ? "" : edge.name()))
            .toList();
    List<FkEdge> kept = new ArrayList<>(inside);
    List<FkEdge> deferred = new ArrayList<>();
    for (FkEdge candidate : candidates) {
      if (!hasCycle(component, kept)) {
        break;
      }
      kept.remove(candidate);
      deferred.add(candidate);
    }
    return deferred;
  }

  private static boolean hasCycle(List<QualifiedName> nodes, List<FkEdge> edges) {
    Map<QualifiedName, Integer> incoming = new HashMap<>();
    nodes.forEach(node -> incoming.put(node, 0));
    edges.forEach(edge -> incoming.merge(edge.from(), 1, Integer::sum));
    Set<QualifiedName> ready = new TreeSet<>();
    incoming.forEach(
        (node, count) -> {
          if (count == 0) {
            ready.add(node);
          }
        });
    int seen = 0;
    while (!ready.isEmpty()) {
      QualifiedName next = ready.iterator().next();
      ready.remove(next);
      seen++;
      for (FkEdge edge : edges) {
        if (edge.to().equals(next) && incoming.merge(edge.from(), -1, Integer::sum) == 0) {
          ready.add(edge.from());
        }
      }
    }
    return seen < nodes.size();
  }
}
