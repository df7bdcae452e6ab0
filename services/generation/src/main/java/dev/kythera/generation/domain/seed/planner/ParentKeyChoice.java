package dev.kythera.generation.domain.seed.planner;

import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Table;
import java.util.List;
import java.util.Optional;

/** Picks the foreign key a per-parent ratio goes through, refusing ones that do not exist. */
final class ParentKeyChoice {
  private ParentKeyChoice() {}

  static Optional<ForeignKey> of(
      Table child, Table parent, String keyName, String field, Problems problems) {
    if (child.name().equals(parent.name())) {
      problems.error(field + ".parent", "a per-parent ratio cannot follow a self-reference");
      return Optional.empty();
    }
    List<ForeignKey> keys =
        child.foreignKeys().stream()
            .filter(key -> key.referencedTable().equals(parent.name()))
            .filter(key -> keyName == null || keyName.equals(key.name()))
            .toList();
    if (keys.isEmpty()) {
      String through = keyName == null ? "" : " through a foreign key named " + keyName;
      problems.error(
          field + ".parent",
          parent.name().name() + " is not a parent of " + child.name().name() + through);
      return Optional.empty();
    }
    if (keys.size() > 1) {
      problems.error(
          field + ".foreignKey",
          "several foreign keys lead to "
              + parent.name().name()
              + "; name one of "
              + keys.stream().map(ForeignKey::name).toList());
      return Optional.empty();
    }
    return Optional.of(keys.get(0));
  }
}
