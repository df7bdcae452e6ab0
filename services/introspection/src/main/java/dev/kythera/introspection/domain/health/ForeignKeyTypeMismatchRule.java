package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Health rule: a foreign-key column whose type differs from the column it references (type family
 * or base type, e.g. integer vs bigint). Lengths and precision are ignored: a varchar(80) child of
 * a varchar(40) key is harmless because the key constrains the values anyway.
 */
public final class ForeignKeyTypeMismatchRule implements HealthRule {
  public static final String CODE = "fk-type-mismatch";

  /** Spellings of one type that engines print differently. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("int", "integer"),
          Map.entry("int4", "integer"),
          Map.entry("serial", "integer"),
          Map.entry("int8", "bigint"),
          Map.entry("bigserial", "bigint"),
          Map.entry("int2", "smallint"),
          Map.entry("varchar", "character varying"),
          Map.entry("char", "character"),
          Map.entry("bpchar", "character"),
          Map.entry("numeric", "decimal"));

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      for (ForeignKey key : table.foreignKeys()) {
        for (int i = 0; i < key.columns().size(); i++) {
          Optional<Column> child = table.column(key.columns().get(i));
          Optional<Column> parent = context.referencedColumn(key, i);
          if (child.isPresent() && parent.isPresent() && differ(child.get(), parent.get())) {
            findings.add(finding(table, key, child.get(), parent.get()));
          }
        }
      }
    }
    return findings;
  }

  static boolean differ(Column child, Column parent) {
    return child.category() != parent.category()
        || !base(child.dataType()).equals(base(parent.dataType()));
  }

  static String base(String dataType) {
    String type =
        dataType
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\(.*?\\)", "")
            .replaceAll("\\s+", " ")
            .trim();
    return ALIASES.getOrDefault(type, type);
  }

  private static Finding finding(Table table, ForeignKey key, Column child, Column parent) {
    return new Finding(
        CODE,
        Severity.WARNING,
        "Foreign key type mismatch",
        Locations.of(table, child.name())
            + " is "
            + child.dataType()
            + " but the column it references, "
            + key.referencedTable()
            + "."
            + parent.name()
            + ", is "
            + parent.dataType()
            + ". Joins need an implicit cast that can keep indexes from being used, and a"
            + " narrower child column cannot hold every key the parent can issue. Change "
            + child.name()
            + " to "
            + parent.dataType()
            + ".",
        Locations.of(table, child.name()));
  }
}
