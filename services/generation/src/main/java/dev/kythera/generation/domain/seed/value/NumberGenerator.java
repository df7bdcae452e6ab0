package dev.kythera.generation.domain.seed.value;

import dev.kythera.generation.domain.seed.check.CompareOp;
import java.util.Random;

/**
 * Numbers, dates, timestamps and times as ordinals of a {@link NumericDomain}: uniform in the
 * kind's window; unique through an offset counter ({@code start + n}, wrapping inside the allowed
 * range, never repeating below its capacity); a parent's 1st, 2nd... child for per-parent keys; or
 * derived from earlier columns of the row to satisfy CHECK comparisons such as {@code shipped_at >=
 * ordered_at} (the earlier value plus a random step of up to {@code span}).
 */
final class NumberGenerator implements ColumnGenerator {
  enum Mode {
    RANDOM,
    COUNTER,
    ORDINAL
  }

  private final NumericDomain domain;
  private final Mode mode;
  private final int[] refs;
  private final CompareOp[] ops;
  private final long span;

  NumberGenerator(NumericDomain domain, Mode mode, int[] refs, CompareOp[] ops, long span) {
    this.domain = domain;
    this.mode = mode;
    this.refs = refs;
    this.ops = ops;
    this.span = span;
  }

  @Override
  public Object generate(Cell cell) {
    long ordinal =
        switch (mode) {
          case COUNTER -> counter(cell.sequence());
          case ORDINAL ->
              Math.min(domain.hi(), NumericDomain.saturatedAdd(ordinalStart(), cell.ordinal()));
          case RANDOM ->
              refs.length == 0 ? uniform(cell.random(), domain.from(), domain.to()) : derived(cell);
        };
    return domain.value(ordinal);
  }

  private long counter(long n) {
    long capacity = domain.capacity();
    long start = domain.from() - domain.lo();
    if (capacity > Long.MAX_VALUE / 4 || start < 0) {
      return NumericDomain.saturatedAdd(domain.from(), n);
    }
    return domain.lo() + Math.floorMod(start + n, capacity);
  }

  /** Line numbers start at 1 where the range allows it. */
  private long ordinalStart() {
    long one = domain.type().numeric() ? (long) Math.pow(10, domain.scale()) : domain.from();
    return one >= domain.lo() && one <= domain.hi() ? one : domain.lo();
  }

  private long derived(Cell cell) {
    long lower = domain.lo();
    long upper = domain.hi();
    boolean hasLower = false;
    boolean hasUpper = false;
    for (int i = 0; i < refs.length; i++) {
      Object other = cell.value(refs[i]);
      if (other == null || domain.type().exact(other, domain.scale()) == null) {
        continue; // a NULL on the other side makes the CHECK pass whatever this value is
      }
      int scale = domain.scale();
      switch (ops[i]) {
        case GT -> lower = Math.max(lower, domain.type().floor(other, scale) + 1);
        case GE -> lower = Math.max(lower, domain.type().ceil(other, scale));
        case LT -> upper = Math.min(upper, domain.type().ceil(other, scale) - 1);
        case LE -> upper = Math.min(upper, domain.type().floor(other, scale));
        case EQ -> {
          lower = Math.max(lower, domain.type().ceil(other, scale));
          upper = Math.min(upper, domain.type().floor(other, scale));
        }
      }
      hasLower |= ops[i] != CompareOp.LT && ops[i] != CompareOp.LE;
      hasUpper |= ops[i] != CompareOp.GT && ops[i] != CompareOp.GE;
    }
    Random random = cell.random();
    if (hasLower && hasUpper) {
      return lower <= upper ? uniform(random, lower, upper) : lower;
    }
    if (hasLower) {
      return Math.min(upper, NumericDomain.saturatedAdd(lower, uniform(random, 0, span)));
    }
    if (hasUpper) {
      return Math.max(lower, NumericDomain.saturatedAdd(upper, -uniform(random, 0, span)));
    }
    return uniform(random, domain.from(), domain.to());
  }

  static long uniform(Random random, long from, long to) {
    if (from >= to) {
      return from;
    }
    return to == Long.MAX_VALUE ? random.nextLong(from, to) : random.nextLong(from, to + 1);
  }
}
