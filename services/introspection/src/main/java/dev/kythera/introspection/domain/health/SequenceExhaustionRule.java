package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Health rule: a sequence close to its limit (PgHero sequence_danger). The limit is the smaller of
 * the sequence's maximum and the maximum of the integer column it fills, since a bigint sequence
 * feeding an integer column fails at the column's limit. Above 90% WARNING, above 98% ERROR.
 * Descending sequences are not judged.
 */
public final class SequenceExhaustionRule implements HealthRule {
  public static final String CODE = "sequence-near-exhaustion";
  static final double WARNING_RATIO = 0.9;
  static final double ERROR_RATIO = 0.98;

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Sequence sequence : context.model().sequences()) {
      if (sequence.lastValue() == null || sequence.increment() <= 0) {
        continue;
      }
      Optional<SequenceFeeds.Target> target = context.targetOf(sequence);
      long limit = sequence.maxValue();
      String limitedBy = "its maximum";
      if (target.isPresent()) {
        var columnMax = IntegerRange.max(target.get().column(), context.model().engine());
        if (columnMax.isPresent() && columnMax.getAsLong() < limit) {
          limit = columnMax.getAsLong();
          limitedBy = "the maximum of column " + target.get().column().name();
        }
      }
      if (limit <= 0) {
        continue;
      }
      double ratio = sequence.lastValue() / (double) limit;
      if (ratio > WARNING_RATIO) {
        findings.add(finding(sequence, target, limit, limitedBy, ratio));
      }
    }
    return findings;
  }

  private static Finding finding(
      Sequence sequence,
      Optional<SequenceFeeds.Target> target,
      long limit,
      String limitedBy,
      double ratio) {
    String column =
        target.map(t -> Locations.of(t.table(), t.column().name())).orElse("the column it fills");
    return new Finding(
        CODE,
        ratio > ERROR_RATIO ? Severity.ERROR : Severity.WARNING,
        "Sequence near exhaustion",
        String.format(Locale.ROOT, "%s has used %.1f%% of its range", sequence.name(), ratio * 100)
            + " ("
            + sequence.lastValue()
            + " of "
            + limit
            + ", "
            + limitedBy
            + "). Once it is used up every insert that needs a new value fails. Change "
            + column
            + " and the sequence to bigint (ALTER ... TYPE bigint, ALTER SEQUENCE ... AS bigint)"
            + " before it runs out; on large tables plan this as an online migration.",
        sequence.name().toString());
  }
}
