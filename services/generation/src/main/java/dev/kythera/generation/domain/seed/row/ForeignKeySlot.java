package dev.kythera.generation.domain.seed.row;

import dev.kythera.generation.domain.seed.Distribution;
import dev.kythera.generation.domain.seed.FillMode;
import dev.kythera.generation.domain.seed.ForeignKeyFill;
import dev.kythera.generation.domain.seed.value.Cell;
import dev.kythera.generation.domain.seed.value.CellRandom;

/**
 * Fills one foreign key's columns of a row from a single parent row, so composite keys stay
 * consistent. Parent keys are resolved on first use, after the parents were written.
 */
final class ForeignKeySlot {
  private final ForeignKeyFill fill;
  private final int[] indexes;
  private final long seed;
  private final ParentDistribution perParent;
  private ParentKeys parents;

  ForeignKeySlot(ForeignKeyFill fill, int[] indexes, long seed, ParentDistribution perParent) {
    this.fill = fill;
    this.indexes = indexes;
    this.seed = seed;
    this.perParent = perParent;
  }

  ForeignKeyFill fill() {
    return fill;
  }

  boolean writesAtInsert() {
    return fill.mode() == FillMode.AT_INSERT || fill.mode() == FillMode.DEFERRED_CHECK;
  }

  void parents(ParentKeys keys) {
    this.parents = keys;
  }

  ParentKeys parents() {
    return parents;
  }

  void fill(Cell cell, long[][] digits) {
    if (!writesAtInsert()) {
      return; // NULL now; a DeferredFill sets it after every insert
    }
    CellRandom random = cell.randomFor(seed);
    if (fill.nullRatio() > 0 && random.nextDouble() < fill.nullRatio()) {
      return;
    }
    Object[] key =
        switch (fill.distribution()) {
          case Distribution.PerParent ratio -> perParentKey(cell);
          case Distribution.EarlierRow earlier -> parents.keyAt(random.nextLong(cell.row() + 1));
          case Distribution.Digit digit ->
              parents.keyAt(digits[digit.combination()][digit.position()]);
          default -> parents.size() == 0 ? null : parents.key(cell.row(), random);
        };
    if (key != null) {
      for (int i = 0; i < indexes.length; i++) {
        cell.values()[indexes[i]] = key[i];
      }
    }
  }

  private Object[] perParentKey(Cell cell) {
    long[] position = new long[1];
    long parent = perParent.parentOf(cell.row(), position);
    cell.ordinal(position[0]);
    return parents.keyAt(parent);
  }
}
