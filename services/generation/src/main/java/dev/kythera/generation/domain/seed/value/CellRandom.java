package dev.kythera.generation.domain.seed.value;

import java.util.Random;

/**
 * A {@link Random} whose whole state is one long (SplitMix64), so it can be reseeded for every cell
 * at no cost: each value then depends only on (seed, table, column, row), which makes rows
 * reproducible, computable in any order, and the same on every run. Not thread-safe.
 */
public final class CellRandom extends Random {
  private long state;

  public CellRandom() {
    super(0L);
  }

  public CellRandom reseed(long seed) {
    state = seed;
    return this;
  }

  @Override
  public void setSeed(long seed) {
    // Random's constructor calls this; keep it consistent with reseed
    state = seed;
  }

  @Override
  protected int next(int bits) {
    return (int) (nextLong() >>> (64 - bits));
  }

  @Override
  public long nextLong() {
    state += Mix.GOLDEN;
    return Mix.mix(state);
  }

  @Override
  public int nextInt() {
    return (int) (nextLong() >>> 32);
  }

  @Override
  public boolean nextBoolean() {
    return nextLong() < 0;
  }

  @Override
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }
}
