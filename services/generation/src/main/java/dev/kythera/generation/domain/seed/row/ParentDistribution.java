package dev.kythera.generation.domain.seed.row;

import dev.kythera.generation.domain.seed.value.Mix;

/**
 * Spreads children over parents so that each parent gets between {@code min} and {@code max}
 * children, deterministically and without memory: parents go in pairs, the first of a pair gets a
 * seeded count {@code c} and the second {@code min + max - c}, so every pair has the same number of
 * children and the parent of any child row is found in constant time. Children of one parent are
 * consecutive rows.
 */
public final class ParentDistribution {
  private final long parents;
  private final int min;
  private final int max;
  private final long salt;

  public ParentDistribution(long parents, int min, int max, long salt) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("need 0 <= min <= max");
    }
    this.parents = parents;
    this.min = min;
    this.max = max;
    this.salt = salt;
  }

  /** Number of child rows in all. */
  public long total() {
    return (parents / 2) * pairSize() + (parents % 2 == 1 ? lone() : 0);
  }

  /**
   * The parent of child row {@code row} ({@code 0 <= row < total()}); its position goes to {@code
   * position[0]}.
   */
  public long parentOf(long row, long[] position) {
    long pairSize = pairSize();
    long paired = (parents / 2) * pairSize;
    if (row >= paired || pairSize == 0) {
      position[0] = row - paired;
      return parents - 1;
    }
    long pair = row / pairSize;
    long offset = row - pair * pairSize;
    long first = firstOf(pair);
    if (offset < first) {
      position[0] = offset;
      return 2 * pair;
    }
    position[0] = offset - first;
    return 2 * pair + 1;
  }

  private long pairSize() {
    return (long) min + max;
  }

  private long firstOf(long pair) {
    return min + Math.floorMod(Mix.of(salt, pair), (long) max - min + 1);
  }

  /** Children of the last parent when the count is odd. */
  private long lone() {
    return min + Math.floorMod(Mix.of(salt, -1L), (long) max - min + 1);
  }
}
