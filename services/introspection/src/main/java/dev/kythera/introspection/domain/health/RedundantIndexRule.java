package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Health rule: a B-tree index whose columns are a strict leading prefix of another B-tree index of
 * the same table, neither partial (PgHero duplicate_indexes, Bytebase INDEX_NOT_REDUNDANT). A
 * unique or primary prefix index is never reported: uniqueness over fewer columns is a stronger
 * constraint than any longer index can enforce, so dropping it would change the data rules.
 * Identical column lists are {@link DuplicateIndexRule}'s business.
 */
public final class RedundantIndexRule implements HealthRule {
  public static final String CODE = "redundant-index";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      for (Index index : table.indexes()) {
        if (candidate(index)) {
          coveringIndex(table, index)
              .ifPresent(wider -> findings.add(finding(table, index, wider)));
        }
      }
    }
    return findings;
  }

  private static boolean candidate(Index index) {
    return !index.unique()
        && !index.primary()
        && index.predicate() == null
        && IndexSupport.ordered(index);
  }

  private static Optional<Index> coveringIndex(Table table, Index prefix) {
    int size = prefix.columns().size();
    return table.indexes().stream()
        .filter(other -> other != prefix && other.predicate() == null)
        .filter(other -> IndexSupport.method(other).equals(IndexSupport.method(prefix)))
        .filter(other -> other.columns().size() > size)
        .filter(other -> other.columns().subList(0, size).equals(prefix.columns()))
        .findFirst();
  }

  private static Finding finding(Table table, Index index, Index wider) {
    return new Finding(
        CODE,
        Severity.WARNING,
        "Redundant index",
        "Index "
            + index.name()
            + " on "
            + Locations.columns(index.columns())
            + " is a leading prefix of "
            + wider.name()
            + " on "
            + Locations.columns(wider.columns())
            + ", which serves the same lookups and sorts. It costs space and slows every write."
            + " Drop "
            + index.name()
            + " unless it is much smaller and scanned very often.",
        Locations.of(table, index));
  }
}
