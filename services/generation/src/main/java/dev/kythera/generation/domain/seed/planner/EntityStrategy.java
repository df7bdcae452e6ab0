package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.EntityRequest;
import dev.kythera.generation.domain.seed.InvalidSeedPlan;
import dev.kythera.generation.domain.seed.RowCount;
import dev.kythera.generation.domain.seed.TableRequest;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an {@link EntityRequest} into the standard strategy's table requests: the root with an
 * absolute count, each child with a per-parent ratio through its foreign key to the root or to a
 * child placed before it.
 */
public final class EntityStrategy {
  static final int DEFAULT_MIN = 1;
  static final int DEFAULT_MAX = 3;
  private static final int DEFAULT_DEPTH = 2;

  private EntityStrategy() {}

  public static List<TableRequest> tables(SchemaModel model, EntityRequest entity) {
    Problems problems = new Problems();
    Optional<Table> root = TableNames.resolve(model, entity.root(), "entity.root", problems);
    if (entity.count() < 1) {
      problems.error("entity.count", "must be at least 1");
    }
    if (root.isEmpty() || problems.any()) {
      throw new InvalidSeedPlan(problems.errors());
    }
    Map<QualifiedName, TableRequest> placed = new LinkedHashMap<>();
    placed.put(
        root.get().name(),
        new TableRequest(
            root.get().name().toString(), new RowCount.Absolute(entity.count()), List.of()));
    List<EntityRequest.Child> children =
        entity.children().isEmpty() ? defaultChildren(model, root.get()) : entity.children();
    List<Pending> pending = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      EntityRequest.Child child = children.get(i);
      String field = "entity.children." + child.table();
      if (child.min() < 0 || child.max() < child.min()) {
        problems.error(field, "rows per parent must satisfy 0 <= min <= max");
      }
      TableNames.resolve(model, child.table(), field, problems)
          .ifPresent(table -> pending.add(new Pending(table, child, field)));
    }
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (Pending next : List.copyOf(pending)) {
        Optional<ForeignKey> key = keyToPlaced(next.table(), placed);
        if (key.isPresent()) {
          placed.put(
              next.table().name(),
              new TableRequest(
                  next.table().name().toString(),
                  new RowCount.PerParent(
                      key.get().referencedTable().toString(),
                      key.get().name(),
                      next.child().min(),
                      next.child().max()),
                  List.of()));
          pending.remove(next);
          progress = true;
        }
      }
    }
    pending.forEach(
        left ->
            problems.error(
                left.field(),
                left.table().name()
                    + " has no foreign key to "
                    + entity.root()
                    + " or another child"));
    if (problems.any()) {
      throw new InvalidSeedPlan(problems.errors());
    }
    return List.copyOf(placed.values());
  }

  private static Optional<ForeignKey> keyToPlaced(
      Table table, Map<QualifiedName, TableRequest> placed) {
    return table.foreignKeys().stream()
        .filter(key -> placed.containsKey(key.referencedTable()))
        .filter(key -> !key.referencedTable().equals(table.name()))
        .findFirst();
  }

  /** Tables that cannot exist without the root (NOT NULL key to it), and theirs, two levels. */
  private static List<EntityRequest.Child> defaultChildren(SchemaModel model, Table root) {
    List<EntityRequest.Child> children = new ArrayList<>();
    List<QualifiedName> level = List.of(root.name());
    List<QualifiedName> seen = new ArrayList<>(level);
    for (int depth = 0; depth < DEFAULT_DEPTH; depth++) {
      List<QualifiedName> next = new ArrayList<>();
      for (Table table : model.tables()) {
        if (!table.isView() && !seen.contains(table.name()) && requiredKeyTo(table, level)) {
          children.add(new EntityRequest.Child(table.name().toString(), DEFAULT_MIN, DEFAULT_MAX));
          next.add(table.name());
          seen.add(table.name());
        }
      }
      level = next;
    }
    return children;
  }

  private static boolean requiredKeyTo(Table table, List<QualifiedName> parents) {
    return table.foreignKeys().stream()
        .filter(key -> parents.contains(key.referencedTable()))
        .anyMatch(
            key ->
                key.columns().stream()
                    .map(name -> table.column(name).map(Column::nullable).orElse(true))
                    .noneMatch(Boolean::booleanValue));
  }

  private record Pending(Table table, EntityRequest.Child child, String field) {}
}
