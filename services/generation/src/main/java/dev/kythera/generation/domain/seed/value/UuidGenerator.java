package dev.kythera.generation.domain.seed.value;

import java.util.UUID;

/**
 * Version-4 shaped UUIDs. Unique ones put a bijection of the sequence number into the low 62 bits,
 * so they cannot collide (random ones could, however unlikely). As text they are cut to the
 * column's length, falling back to suffix uniqueness when a UUID does not fit.
 */
final class UuidGenerator implements ColumnGenerator {
  private static final long MASK_62 = (1L << 62) - 1;
  private final boolean text;
  private final boolean unique;
  private final Integer maxLength;

  UuidGenerator(boolean text, boolean unique, Integer maxLength) {
    this.text = text;
    this.unique = unique;
    this.maxLength = maxLength;
  }

  @Override
  public Object generate(Cell cell) {
    long high = (cell.random().nextLong() & ~0xF000L) | 0x4000L;
    long low = unique ? scramble(cell.sequence()) : cell.random().nextLong() & MASK_62;
    UUID uuid = new UUID(high, low | Long.MIN_VALUE);
    if (!text) {
      return uuid;
    }
    String value = uuid.toString();
    if (maxLength == null || maxLength >= value.length()) {
      return value;
    }
    return unique
        ? UniqueText.apply(value, cell.sequence(), maxLength)
        : TextShape.cut(value, maxLength);
  }

  /** A bijection on 62-bit values: odd multiplications and xor-shifts, all masked. */
  static long scramble(long n) {
    long x = n & MASK_62;
    x = (x * 0x9E3779B97F4A7C15L) & MASK_62;
    x ^= x >>> 29;
    x = (x * 0xBF58476D1CE4E5B9L) & MASK_62;
    x ^= x >>> 31;
    return x;
  }
}
