package dev.kythera.generation.domain.seed.value;

import java.util.Random;
import java.util.function.Function;
import net.datafaker.Faker;

/**
 * A fixed pool of one column's Datafaker values, filled lazily slot by slot: slow providers (phone
 * numbers run at about 100k/s) then cost one call per slot instead of one per row, and a row picks
 * a slot by random index. Slot {@code i} always holds the same value for the same seed, so previews
 * and full runs agree. Memory is bounded by the pool size.
 */
final class FakerPool {
  static final int SIZE = 8192;
  private final Object[] slots = new Object[SIZE];
  private final FakerSource source;
  private final long seed;
  private final Function<Faker, ?> provider;

  FakerPool(FakerSource source, long seed, Function<Faker, ?> provider) {
    this.source = source;
    this.seed = seed;
    this.provider = provider;
  }

  Object pick(Random random) {
    int slot = (int) (random.nextLong() & (SIZE - 1));
    Object value = slots[slot];
    if (value == null) {
      value = provider.apply(source.seeded(Mix.of(seed, slot)));
      slots[slot] = value;
    }
    return value;
  }
}
