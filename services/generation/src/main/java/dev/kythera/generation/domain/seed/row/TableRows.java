package dev.kythera.generation.domain.seed.row;

import dev.kythera.generation.domain.seed.Distribution;
import dev.kythera.generation.domain.seed.ForeignKeyFill;
import dev.kythera.generation.domain.seed.SeedPlan;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.Uniqueness;
import dev.kythera.generation.domain.seed.ValueColumn;
import dev.kythera.generation.domain.seed.value.Cell;
import dev.kythera.generation.domain.seed.value.ColumnGenerator;
import dev.kythera.generation.domain.seed.value.FakerSource;
import dev.kythera.generation.domain.seed.value.GeneratorContext;
import dev.kythera.generation.domain.seed.value.ValueGenerators;
import java.util.List;
import java.util.Locale;

/**
 * Computes any row of a planned table from its index alone: foreign keys first (they may fix the
 * row's position under its parent), then value columns in evaluation order. Holds only generators,
 * bounded pools and parent key sources, never rows, so memory does not grow with the row count.
 */
final class TableRows {
  private final TablePlan table;
  private final long sequenceOffset;
  private final SeedRun run;
  private final ForeignKeySlot[] keys;
  private final int[] valueIndexes;
  private final long[] valueSeeds;
  private final ColumnGenerator[] generators;
  private final Object[][] digitValues;
  private final Combinations combinations;
  private boolean resolved;

  TableRows(SeedPlan plan, TablePlan table, SeedRun run, long sequenceOffset) {
    this.table = table;
    this.sequenceOffset = sequenceOffset;
    this.run = run;
    long tableSeed = Seeds.table(plan.seed(), table.table());
    List<ForeignKeyFill> fills = table.foreignKeys();
    keys = new ForeignKeySlot[fills.size()];
    for (int i = 0; i < keys.length; i++) {
      ForeignKeyFill fill = fills.get(i);
      int[] indexes = fill.columns().stream().mapToInt(table::indexOf).toArray();
      ParentDistribution perParent =
          fill.distribution() instanceof Distribution.PerParent ratio
              ? new ParentDistribution(
                  plan.require(fill.parent()).rows(),
                  ratio.min(),
                  ratio.max(),
                  Seeds.perParent(tableSeed, fill.name()))
              : null;
      keys[i] =
          new ForeignKeySlot(fill, indexes, Seeds.foreignKey(tableSeed, fill.name()), perParent);
    }
    List<ValueColumn> values = table.values();
    FakerSource faker = new FakerSource(Locale.forLanguageTag(plan.locale()));
    valueIndexes = new int[values.size()];
    valueSeeds = new long[values.size()];
    generators = new ColumnGenerator[values.size()];
    digitValues = new Object[values.size()][];
    for (int i = 0; i < values.size(); i++) {
      ValueColumn column = values.get(i);
      valueIndexes[i] = table.indexOf(column.name());
      valueSeeds[i] = Seeds.column(tableSeed, column.name());
      GeneratorContext context =
          new GeneratorContext(valueSeeds[i], plan.anchor(), plan.engine(), faker, table::indexOf);
      generators[i] = ValueGenerators.forColumn(column, context);
      if (column.unique() instanceof Uniqueness.Digit) {
        digitValues[i] = ValueGenerators.finiteValues(column);
      }
    }
    combinations = new Combinations(table, keys, values, digitValues, tableSeed);
  }

  TablePlan plan() {
    return table;
  }

  Object[] row(long index) {
    if (!resolved) {
      resolve();
    }
    Object[] values = new Object[table.columns().size()];
    Cell cell = new Cell(index, sequenceOffset + index, values);
    long[][] digits = combinations.digits(cell.sequence());
    for (ForeignKeySlot key : keys) {
      key.fill(cell, digits);
    }
    for (int i = 0; i < generators.length; i++) {
      if (digitValues[i] != null) {
        Uniqueness.Digit digit = (Uniqueness.Digit) table.values().get(i).unique();
        values[valueIndexes[i]] =
            digitValues[i][(int) digits[digit.combination()][digit.position()]];
        continue;
      }
      cell.randomFor(valueSeeds[i]);
      values[valueIndexes[i]] = generators[i].generate(cell);
    }
    return values;
  }

  /** Looks up parent keys on first use, when the parents have been written. */
  private void resolve() {
    for (ForeignKeySlot key : keys) {
      if (key.writesAtInsert()) {
        key.parents(run.parentKeys(table, key.fill()));
      }
    }
    combinations.resolve();
    resolved = true;
  }
}
