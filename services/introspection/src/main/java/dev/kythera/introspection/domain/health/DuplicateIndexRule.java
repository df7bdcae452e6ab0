package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Health rule: two indexes of a table with the same columns in the same order, the same predicate
 * and the same method (PgHero duplicate_indexes, Bytebase TABLE_NO_DUPLICATE_INDEX). The one kept
 * is the primary, else a unique one, else the first by name; the others are reported.
 */
public final class DuplicateIndexRule implements HealthRule {
  public static final String CODE = "duplicate-index";

  private static final Comparator<Index> KEEP_FIRST =
      Comparator.comparing((Index index) -> !index.primary())
          .thenComparing(index -> !index.unique())
          .thenComparing(Index::name, Comparator.nullsLast(Comparator.naturalOrder()));

  private record Shape(List<String> columns, String predicate, String method) {}

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      Map<Shape, List<Index>> groups = new LinkedHashMap<>();
      for (Index index : table.indexes()) {
        Shape shape =
            new Shape(index.columns(), normalized(index.predicate()), IndexSupport.method(index));
        groups.computeIfAbsent(shape, key -> new ArrayList<>()).add(index);
      }
      for (List<Index> group : groups.values()) {
        if (group.size() > 1) {
          List<Index> sorted = group.stream().sorted(KEEP_FIRST).toList();
          sorted.stream().skip(1).forEach(extra -> findings.add(finding(table, extra, sorted)));
        }
      }
    }
    return findings;
  }

  private static Finding finding(Table table, Index extra, List<Index> group) {
    Index kept = group.get(0);
    boolean keepsUniqueness = extra.unique() && !Objects.equals(kept.name(), extra.name());
    return new Finding(
        CODE,
        Severity.WARNING,
        "Duplicate index",
        "Index "
            + extra.name()
            + " on "
            + table.name()
            + " has the same columns "
            + Locations.columns(extra.columns())
            + ", method and predicate as "
            + kept.name()
            + ". Every write maintains both while queries only ever need one. Drop "
            + extra.name()
            + (keepsUniqueness ? " (uniqueness stays enforced by " + kept.name() + ")." : "."),
        Locations.of(table, extra));
  }

  private static String normalized(String predicate) {
    return predicate == null ? null : predicate.replaceAll("\\s+", " ").trim();
  }
}
