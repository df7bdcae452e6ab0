package dev.kythera.kernel.schema.graph;

import dev.kythera.kernel.schema.QualifiedName;
import java.util.List;

/**
 * One foreign key as a graph edge from the referencing (child) table to the referenced (parent).
 *
 * @param from child table
 * @param to parent table
 * @param name constraint name
 * @param columns child columns
 * @param nullable whether every child column is nullable, so a row can exist before its parent
 * @param deferrable whether the engine can check the constraint at commit
 */
public record FkEdge(
    QualifiedName from,
    QualifiedName to,
    String name,
    List<String> columns,
    boolean nullable,
    boolean deferrable) {
  public FkEdge {
    columns = List.copyOf(columns);
  }

  public boolean selfReference() {
    return from.equals(to);
  }
}
