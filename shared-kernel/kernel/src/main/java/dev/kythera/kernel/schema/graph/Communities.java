package dev.kythera.kernel.schema.graph;

import dev.kythera.kernel.schema.QualifiedName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * FK communities by deterministic label propagation on the undirected FK graph: every table starts
 * in its own community and repeatedly joins the most common community among its neighbours (ties to
 * the smallest name), so densely linked tables end up together. Same input, same clusters.
 */
final class Communities {
  private static final int MAX_ROUNDS = 30;

  private Communities() {}

  static Map<QualifiedName, QualifiedName> of(
      List<QualifiedName> nodes, Map<QualifiedName, List<QualifiedName>> neighbours) {
    Map<QualifiedName, QualifiedName> label = new HashMap<>();
    nodes.forEach(node -> label.put(node, node));
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean changed = false;
      for (QualifiedName node : nodes) {
        List<QualifiedName> around = neighbours.getOrDefault(node, List.of());
        if (around.isEmpty()) {
          continue;
        }
        Map<QualifiedName, Integer> votes = new TreeMap<>();
        around.forEach(other -> votes.merge(label.get(other), 1, Integer::sum));
        votes.merge(label.get(node), 1, Integer::sum);
        QualifiedName best = label.get(node);
        int bestVotes = -1;
        for (Map.Entry<QualifiedName, Integer> vote : votes.entrySet()) {
          if (vote.getValue() > bestVotes) {
            best = vote.getKey();
            bestVotes = vote.getValue();
          }
        }
        if (!best.equals(label.get(node))) {
          label.put(node, best);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    return label;
  }
}
