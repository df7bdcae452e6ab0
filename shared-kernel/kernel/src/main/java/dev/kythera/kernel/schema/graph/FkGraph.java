package dev.kythera.kernel.schema.graph;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The foreign-key graph of a schema: tables as nodes, one edge per foreign key from child to
 * parent. Answers what seeding, copying and the graph viewer need: cycles, an insert order with
 * parents first, the edges that must be filled after insert to break cycles, and clusters. Built
 * for one caller: not thread-safe (results are computed once, on first use).
 */
public final class FkGraph {
  private final List<QualifiedName> nodes;
  private final List<FkEdge> edges;
  private final Map<QualifiedName, List<QualifiedName>> parents = new HashMap<>();
  private final Map<QualifiedName, List<QualifiedName>> children = new HashMap<>();
  private final List<List<QualifiedName>> components;
  private List<FkEdge> deferred;

  private FkGraph(List<QualifiedName> nodes, List<FkEdge> edges) {
    this.nodes = List.copyOf(nodes);
    this.edges = List.copyOf(edges);
    for (FkEdge edge : edges) {
      parents.computeIfAbsent(edge.from(), key -> new ArrayList<>()).add(edge.to());
      children.computeIfAbsent(edge.to(), key -> new ArrayList<>()).add(edge.from());
    }
    this.components = StronglyConnected.of(this.nodes, parents);
  }

  /** The graph of a schema's tables (views are left out: they have no foreign keys). */
  public static FkGraph of(SchemaModel model) {
    Map<QualifiedName, Table> tables = model.tablesByName();
    List<QualifiedName> nodes = new ArrayList<>();
    List<FkEdge> edges = new ArrayList<>();
    for (Table table : model.tables()) {
      if (table.isView()) {
        continue;
      }
      nodes.add(table.name());
      for (ForeignKey key : table.foreignKeys()) {
        if (tables.containsKey(key.referencedTable())) {
          edges.add(edgeOf(table, key));
        }
      }
    }
    return new FkGraph(nodes, edges);
  }

  private static FkEdge edgeOf(Table table, ForeignKey key) {
    boolean nullable =
        key.columns().stream()
            .allMatch(name -> table.column(name).map(Column::nullable).orElse(false));
    return new FkEdge(
        table.name(), key.referencedTable(), key.name(), key.columns(), nullable, key.deferrable());
  }

  public List<QualifiedName> nodes() {
    return nodes;
  }

  public List<FkEdge> edges() {
    return edges;
  }

  public List<QualifiedName> parentsOf(QualifiedName table) {
    return parents.getOrDefault(table, List.of());
  }

  public List<QualifiedName> childrenOf(QualifiedName table) {
    return children.getOrDefault(table, List.of());
  }

  /**
   * Groups of tables that reference each other in a loop, including single self-referencing ones.
   */
  public List<List<QualifiedName>> cycles() {
    List<List<QualifiedName>> cycles = new ArrayList<>();
    for (List<QualifiedName> component : components) {
      boolean selfLoop =
          component.size() == 1 && parentsOf(component.get(0)).contains(component.get(0));
      if (component.size() > 1 || selfLoop) {
        cycles.add(component);
      }
    }
    return cycles;
  }

  /**
   * Every table once, parents before children. Inside a cycle the order follows the edges that are
   * kept (see {@link #deferredEdges()}); a cycle without a breakable edge keeps name order.
   */
  public List<QualifiedName> topologicalOrder() {
    Set<FkEdge> breakable = Set.copyOf(deferredEdges());
    List<QualifiedName> order = new ArrayList<>(nodes.size());
    for (List<QualifiedName> component : components) {
      order.addAll(component.size() == 1 ? component : orderInside(component, breakable));
    }
    return order;
  }

  /**
   * Edges to leave empty at insert and fill afterwards so that an order exists: self-references,
   * and in each cycle nullable (else deferrable) edges until the cycle is broken.
   */
  public List<FkEdge> deferredEdges() {
    if (deferred == null) {
      deferred = List.copyOf(computeDeferredEdges());
    }
    return deferred;
  }

  private List<FkEdge> computeDeferredEdges() {
    Map<QualifiedName, Integer> componentOf = componentIndex();
    Map<Integer, List<FkEdge>> insideByComponent = new HashMap<>();
    for (FkEdge edge : edges) {
      int component = componentOf.get(edge.from());
      if (component == componentOf.get(edge.to())) {
        insideByComponent.computeIfAbsent(component, key -> new ArrayList<>()).add(edge);
      }
    }
    List<FkEdge> chosen = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      List<FkEdge> inside = insideByComponent.getOrDefault(i, List.of());
      inside.stream().filter(FkEdge::selfReference).forEach(chosen::add);
      List<FkEdge> between = inside.stream().filter(e -> !e.selfReference()).toList();
      chosen.addAll(CycleBreaker.edgesToDefer(components.get(i), between));
    }
    return chosen;
  }

  private List<QualifiedName> orderInside(List<QualifiedName> component, Set<FkEdge> deferred) {
    Map<QualifiedName, Integer> waiting = new LinkedHashMap<>();
    component.forEach(node -> waiting.put(node, 0));
    List<FkEdge> kept =
        edges.stream()
            .filter(e -> waiting.containsKey(e.from()) && waiting.containsKey(e.to()))
            .filter(e -> !e.selfReference() && !deferred.contains(e))
            .toList();
    kept.forEach(e -> waiting.merge(e.from(), 1, Integer::sum));
    List<QualifiedName> order = new ArrayList<>();
    TreeSet<QualifiedName> ready = new TreeSet<>();
    waiting.forEach(
        (node, count) -> {
          if (count == 0) {
            ready.add(node);
          }
        });
    while (!ready.isEmpty()) {
      QualifiedName next = ready.pollFirst();
      order.add(next);
      for (FkEdge edge : kept) {
        if (edge.to().equals(next) && waiting.merge(edge.from(), -1, Integer::sum) == 0) {
          ready.add(edge.from());
        }
      }
    }
    component.stream().filter(node -> !order.contains(node)).forEach(order::add);
    return order;
  }

  private Map<QualifiedName, Integer> componentIndex() {
    Map<QualifiedName, Integer> index = new HashMap<>();
    for (int i = 0; i < components.size(); i++) {
      for (QualifiedName node : components.get(i)) {
        index.put(node, i);
      }
    }
    return index;
  }

  /** Each table's FK community, named after one of its members. */
  public Map<QualifiedName, QualifiedName> communities() {
    Map<QualifiedName, List<QualifiedName>> neighbours = new HashMap<>();
    for (FkEdge edge : edges) {
      if (!edge.selfReference()) {
        neighbours.computeIfAbsent(edge.from(), key -> new ArrayList<>()).add(edge.to());
        neighbours.computeIfAbsent(edge.to(), key -> new ArrayList<>()).add(edge.from());
      }
    }
    List<QualifiedName> sorted = new ArrayList<>(nodes);
    Collections.sort(sorted);
    return Communities.of(sorted, neighbours);
  }
}
