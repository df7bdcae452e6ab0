package dev.kythera.introspection.domain.heuristics;

import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Guesses each table's {@link TableRole} from its shape, name and how others reference it. Checks
 * run from the most specific shape to the least: junction, log, configuration, lookup, entity.
 */
public final class TableRoleClassifier {

  /** Roles of every base table of the model, in model order. */
  public Map<QualifiedName, RoleClassification> classify(SchemaModel model) {
    Map<QualifiedName, Integer> inbound = new HashMap<>();
    for (Table table : model.tables()) {
      for (ForeignKey key : table.foreignKeys()) {
        if (!key.referencedTable().equals(table.name())) {
          inbound.merge(key.referencedTable(), 1, Integer::sum);
        }
      }
    }
    Map<QualifiedName, RoleClassification> roles = new LinkedHashMap<>();
    for (Table table : model.tables()) {
      if (!table.isView()) {
        roles.put(table.name(), classify(table, inbound.getOrDefault(table.name(), 0)));
      }
    }
    return roles;
  }

  /**
   * The role of one table.
   *
   * @param inboundReferences how many foreign keys of other tables reference it
   */
  public RoleClassification classify(Table table, int inboundReferences) {
    TableShape shape = new TableShape(table);
    return junction(shape, inboundReferences)
        .or(() -> log(shape, inboundReferences))
        .or(() -> configuration(shape))
        .or(() -> lookup(shape, inboundReferences))
        .orElseGet(() -> result(table, TableRole.ENTITY, "no more specific shape matched"));
  }

  private static Optional<RoleClassification> junction(TableShape shape, int inbound) {
    if (shape.distinctParents() < 2) {
      return Optional.empty();
    }
    if (shape.primaryKeyIsForeignKeys()) {
      return found(
          shape, TableRole.JUNCTION, "primary key made of foreign keys to " + shape.parents());
    }
    // a link row is rarely the target of other foreign keys; an entity with two parents often is
    if (shape.foreignKeyCount() == 2 && shape.plainColumns() <= 2 && inbound == 0) {
      return found(
          shape,
          TableRole.JUNCTION,
          "two foreign keys (to " + shape.parents() + ") and few other columns");
    }
    return Optional.empty();
  }

  private static Optional<RoleClassification> log(TableShape shape, int inbound) {
    if (inbound == 0 && shape.logName() && shape.hasTimestamp()) {
      return found(
          shape,
          TableRole.LOG,
          "log-like name with a timestamp column and no table referencing it");
    }
    return Optional.empty();
  }

  private static Optional<RoleClassification> configuration(TableShape shape) {
    if (shape.configName() && shape.columnCount() <= 12) {
      return found(shape, TableRole.CONFIGURATION, "settings-like name");
    }
    if (shape.keyValueShape()) {
      return found(shape, TableRole.CONFIGURATION, "key/value columns");
    }
    return Optional.empty();
  }

  /**
   * Referenced, narrow, at most one parent, and either a code column, a code-list name ({@code
   * order_statuses}) with a label column, or a label column in a table known to be small. A label
   * alone is not enough when the size is unknown: {@code customers(id, name)} has one too.
   */
  private static Optional<RoleClassification> lookup(TableShape shape, int inbound) {
    if (inbound == 0 || shape.columnCount() > 6 || shape.foreignKeyCount() > 1) {
      return Optional.empty();
    }
    String referenced =
        ", referenced by " + inbound + (inbound == 1 ? " foreign key" : " foreign keys");
    Optional<String> code = shape.codeColumn().filter(c -> shape.smallOrUnknown());
    if (code.isPresent()) {
      return found(shape, TableRole.LOOKUP, "few columns with code " + code.get() + referenced);
    }
    Optional<String> label = shape.codeOrNameColumn();
    if (label.isPresent() && shape.lookupName() && shape.smallOrUnknown()) {
      return found(shape, TableRole.LOOKUP, "code-list name with " + label.get() + referenced);
    }
    if (label.isPresent() && shape.knownSmall()) {
      return found(
          shape, TableRole.LOOKUP, "few small-table columns with " + label.get() + referenced);
    }
    return Optional.empty();
  }

  private static Optional<RoleClassification> found(TableShape shape, TableRole role, String why) {
    return Optional.of(result(shape.table(), role, why));
  }

  private static RoleClassification result(Table table, TableRole role, String why) {
    return new RoleClassification(table.name(), role, why);
  }
}
