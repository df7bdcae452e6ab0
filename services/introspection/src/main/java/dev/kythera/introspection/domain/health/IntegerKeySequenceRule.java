package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Health rule (INFO): a single-column primary key the database fills itself (sequence, identity,
 * auto-increment) whose column type or sequence stops at a 32-bit maximum, so inserts fail after
 * about 2.1 billion values (squawk prefer-bigint-over-int, PgHero sequence_danger). Nearness to the
 * limit is {@link SequenceExhaustionRule}'s job.
 */
public final class IntegerKeySequenceRule implements HealthRule {
  public static final String CODE = "integer-key-sequence";

  /** Unsigned 32-bit maximum: anything at or below is a 32-bit key. */
  private static final long LIMIT = 2L * IntegerRange.INT32_MAX + 1;

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      if (table.primaryKey() == null || table.primaryKey().columns().size() != 1) {
        continue;
      }
      Optional<Column> key = table.column(table.primaryKey().columns().get(0));
      if (key.isEmpty()) {
        continue;
      }
      Column column = key.get();
      Optional<Sequence> sequence = context.sequenceFeeding(table, column);
      boolean generated = column.filledByDatabase() || sequence.isPresent();
      OptionalLong max = limit(column, sequence, context.model().engine());
      if (generated && max.isPresent() && max.getAsLong() <= LIMIT) {
        findings.add(finding(table, column, sequence, max.getAsLong()));
      }
    }
    return findings;
  }

  /** The smaller of the column type's and the sequence's maximum, either may be unknown. */
  private static OptionalLong limit(Column column, Optional<Sequence> sequence, String engine) {
    OptionalLong columnMax = IntegerRange.max(column, engine);
    if (sequence.isEmpty() || sequence.get().maxValue() <= 0) {
      return columnMax;
    }
    long sequenceMax = sequence.get().maxValue();
    return OptionalLong.of(
        columnMax.isPresent() ? Math.min(columnMax.getAsLong(), sequenceMax) : sequenceMax);
  }

  private static Finding finding(
      Table table, Column column, Optional<Sequence> sequence, long max) {
    return new Finding(
        CODE,
        Severity.INFO,
        "Generated key limited to 32 bits",
        "Primary key "
            + column.name()
            + " of "
            + table.name()
            + " ("
            + column.dataType()
            + ") is filled by "
            + sequence.map(s -> "sequence " + s.name()).orElse("the database")
            + ", so inserts fail once "
            + max
            + " values have been handed out, deleted rows included. Widening it later rewrites"
            + " the table and every referencing column; use bigint for tables that grow.",
        Locations.of(table, column.name()));
  }
}
