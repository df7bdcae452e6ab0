package dev.kythera.generation.domain.seed.row;

import java.util.List;
import java.util.Random;

/**
 * The keys a foreign key may point to: a parent table's rows, by index, each key holding the
 * referenced columns in the foreign key's order (one value, or several for a composite key). For
 * generated parents the keys are known by construction; for existing rows (append mode, parents not
 * in the plan) the writer supplies them.
 */
public interface ParentKeys {

  /** Number of parent rows. */
  long size();

  /** The key of parent row {@code index}, {@code 0 <= index < size()}. */
  Object[] keyAt(long index);

  /** The key for child row {@code rowIndex}: by default a uniformly random parent. */
  default Object[] key(long rowIndex, Random random) {
    return keyAt(random.nextLong(size()));
  }

  /**
   * A single-column key range {@code first, first + step, ...}: identity keys 1..N after a
   * truncate.
   */
  static ParentKeys range(long first, long step, long count) {
    return new ParentKeys() {
      @Override
      public long size() {
        return count;
      }

      @Override
      public Object[] keyAt(long index) {
        return new Object[] {first + index * step};
      }
    };
  }

  /** Keys listed by the writer, e.g. read from the existing parent rows. */
  static ParentKeys of(List<Object[]> keys) {
    List<Object[]> copy = List.copyOf(keys);
    return new ParentKeys() {
      @Override
      public long size() {
        return copy.size();
      }

      @Override
      public Object[] keyAt(long index) {
        return copy.get((int) index).clone();
      }
    };
  }
}
