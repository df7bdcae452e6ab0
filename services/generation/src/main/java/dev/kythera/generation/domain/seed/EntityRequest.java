package dev.kythera.generation.domain.seed;

import java.util.List;
import java.util.Objects;

/**
 * The entity strategy: {@code count} whole entity graphs rooted at one table, e.g. 100 customers,
 * each with 1–5 orders, each order with 1–4 items. Children hang from the root or from another
 * child through a foreign key; with no children listed, the tables whose NOT NULL foreign key
 * points at the root (and theirs, two levels down) get 1–3 rows per parent.
 */
public record EntityRequest(String root, long count, List<Child> children) {

  public EntityRequest {
    Objects.requireNonNull(root, "root");
    children = children == null ? List.of() : List.copyOf(children);
  }

  /** A child table with its rows per parent row, both bounds included. */
  public record Child(String table, int min, int max) {
    public Child {
      Objects.requireNonNull(table, "table");
    }
  }
}
