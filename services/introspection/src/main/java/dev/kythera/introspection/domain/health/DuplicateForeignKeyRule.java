package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Health rule: two foreign keys of a table pairing the same columns with the same referenced
 * columns of the same table (tbls duplicateRelations), whatever the column order.
 */
public final class DuplicateForeignKeyRule implements HealthRule {
  public static final String CODE = "duplicate-foreign-key";

  private record Shape(QualifiedName target, Map<String, String> pairs) {}

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      Map<Shape, ForeignKey> seen = new HashMap<>();
      for (ForeignKey key : table.foreignKeys()) {
        ForeignKey first = seen.putIfAbsent(shape(key), key);
        if (first != null) {
          findings.add(finding(table, key, first));
        }
      }
    }
    return findings;
  }

  private static Shape shape(ForeignKey key) {
    Map<String, String> pairs = new TreeMap<>();
    for (int i = 0; i < key.columns().size(); i++) {
      pairs.put(key.columns().get(i), key.referencedColumns().get(i));
    }
    return new Shape(key.referencedTable(), pairs);
  }

  private static Finding finding(Table table, ForeignKey duplicate, ForeignKey first) {
    return new Finding(
        CODE,
        Severity.WARNING,
        "Duplicate foreign key",
        "Foreign key "
            + duplicate.name()
            + " of "
            + table.name()
            + " repeats "
            + first.name()
            + " (same columns "
            + Locations.columns(duplicate.columns())
            + " referencing "
            + duplicate.referencedTable()
            + "). Each write checks both and diagrams show the relation twice. Drop "
            + duplicate.name()
            + ".",
        Locations.of(table, duplicate.columns()));
  }
}
