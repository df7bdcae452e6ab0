package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** Health rule: a base table with more columns than a threshold (tbls columnCount; default 50). */
public final class TooManyColumnsRule implements HealthRule {
  public static final String CODE = "too-many-columns";
  public static final int DEFAULT_MAX = 50;

  private final int max;

  public TooManyColumnsRule() {
    this(DEFAULT_MAX);
  }

  /** Reports tables with more than {@code max} columns. */
  public TooManyColumnsRule(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive: " + max);
    }
    this.max = max;
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      int count = table.columns().size();
      if (count > max) {
        findings.add(
            new Finding(
                CODE,
                Severity.WARNING,
                "Very wide table",
                table.name()
                    + " has "
                    + count
                    + " columns (more than "
                    + max
                    + "). Wide tables usually mix several concepts, so rows are large, most"
                    + " columns are often NULL and every change touches unrelated data. Consider"
                    + " moving groups of columns that belong together into their own tables.",
                Locations.of(table)));
      }
    }
    return findings;
  }
}
