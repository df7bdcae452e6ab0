package dev.kythera.kernel.schema.graph;

import dev.kythera.kernel.schema.QualifiedName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Tarjan's strongly connected components, iterative so that a long FK chain cannot overflow the
 * stack. Components come out in reverse topological order of the condensation: a component is
 * emitted after every component it reaches (its parents), so reversing gives children first.
 */
final class StronglyConnected {
  private final Map<QualifiedName, List<QualifiedName>> successors;
  private final Map<QualifiedName, Integer> index = new HashMap<>();
  private final Map<QualifiedName, Integer> lowLink = new HashMap<>();
  private final Deque<QualifiedName> stack = new ArrayDeque<>();
  private final Map<QualifiedName, Boolean> onStack = new HashMap<>();
  private final List<List<QualifiedName>> components = new ArrayList<>();
  private int counter;

  private StronglyConnected(Map<QualifiedName, List<QualifiedName>> successors) {
    this.successors = successors;
  }

  /** Components, each emitted only after all components it has edges to. */
  static List<List<QualifiedName>> of(
      List<QualifiedName> nodes, Map<QualifiedName, List<QualifiedName>> successors) {
    StronglyConnected tarjan = new StronglyConnected(successors);
    for (QualifiedName node : nodes) {
      if (!tarjan.index.containsKey(node)) {
        tarjan.visit(node);
      }
    }
    return tarjan.components;
  }

  private record Frame(QualifiedName node, Iterator<QualifiedName> next) {}

  private void visit(QualifiedName root) {
    Deque<Frame> frames = new ArrayDeque<>();
    enter(root, frames);
    while (!frames.isEmpty()) {
      Frame frame = frames.peek();
      if (frame.next().hasNext()) {
        QualifiedName successor = frame.next().next();
        if (!index.containsKey(successor)) {
          enter(successor, frames);
        } else if (onStack.getOrDefault(successor, false)) {
          lowLink.merge(frame.node(), index.get(successor), Math::min);
        }
        continue;
      }
      frames.pop();
      if (!frames.isEmpty()) {
        lowLink.merge(frames.peek().node(), lowLink.get(frame.node()), Math::min);
      }
      if (lowLink.get(frame.node()).equals(index.get(frame.node()))) {
        List<QualifiedName> component = new ArrayList<>();
        QualifiedName member;
        do {
          member = stack.pop();
          onStack.put(member, false);
          component.add(member);
        } while (!member.equals(frame.node()));
        component.sort(null);
        components.add(component);
      }
    }
  }

  private void enter(QualifiedName node, Deque<Frame> frames) {
    index.put(node, counter);
    lowLink.put(node, counter);
    counter++;
    stack.push(node);
    onStack.put(node, true);
    frames.push(new Frame(node, successors.getOrDefault(node, List.of()).iterator()));
  }
}
