package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.graph.FkEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Health rule (INFO): a group of two or more tables linked to each other by foreign keys but to
 * nothing in the rest of the schema. The largest group is the main model and is not reported;
 * single isolated tables are {@link NoRelationRule}'s business.
 */
public final class DisconnectedTablesRule implements HealthRule {
  public static final String CODE = "disconnected-tables";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<List<QualifiedName>> groups = groups(context);
    if (groups.size() < 2) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (List<QualifiedName> group : groups.subList(1, groups.size())) {
      if (group.size() > 1) {
        findings.add(
            new Finding(
                CODE,
                Severity.INFO,
                "Tables disconnected from the rest",
                group.size()
                    + " tables reference each other but nothing else: "
                    + Locations.list(group)
                    + ". Either they form a separate module (consider a schema of their own), or"
                    + " a foreign key to the main model is missing.",
                group.get(0).toString()));
      }
    }
    return findings;
  }

  /** Connected groups of the undirected FK graph, largest first, ties by first name. */
  private static List<List<QualifiedName>> groups(AuditContext context) {
    Map<QualifiedName, QualifiedName> parent = new HashMap<>();
    context.graph().nodes().forEach(node -> parent.put(node, node));
    for (FkEdge edge : context.graph().edges()) {
      QualifiedName a = root(parent, edge.from());
      QualifiedName b = root(parent, edge.to());
      if (!a.equals(b)) {
        parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
      }
    }
    Map<QualifiedName, TreeSet<QualifiedName>> members = new TreeMap<>();
    for (QualifiedName node : context.graph().nodes()) {
      members.computeIfAbsent(root(parent, node), key -> new TreeSet<>()).add(node);
    }
    return members.values().stream()
        .map(set -> (List<QualifiedName>) new ArrayList<>(set))
        .sorted(
            Comparator.comparing((List<QualifiedName> g) -> -g.size()).thenComparing(g -> g.get(0)))
        .toList();
  }

  private static QualifiedName root(Map<QualifiedName, QualifiedName> parent, QualifiedName node) {
    QualifiedName current = node;
    while (!parent.get(current).equals(current)) {
      QualifiedName next = parent.get(current);
      parent.put(current, parent.get(next)); // path halving keeps chains short on big schemas
      current = next;
    }
    return current;
  }
}
