package dev.kythera.generation.domain.seed.value;

import dev.kythera.generation.domain.seed.ColumnOverride;
import dev.kythera.generation.domain.seed.ValueColumn;
import dev.kythera.generation.domain.seed.check.Bound;
import dev.kythera.generation.domain.seed.check.ColumnRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The ordinals a numeric or temporal column may take ({@code [lo, hi]}: its type, CHECK ranges and
 * a range override) and the window values are drawn from ({@code [from, to]}: the kind's sensible
 * range, e.g. money 1–1000, birth dates 18–90 years before the anchor, kept inside {@code [lo,
 * hi]}).
 */
public record NumericDomain(OrdinalType type, int scale, long lo, long hi, long from, long to) {

  public static NumericDomain of(ValueColumn column, String engine, LocalDate anchor) {
    OrdinalType type = OrdinalType.of(column.column());
    int scale = OrdinalType.scaleOf(column.column(), type);
    long[] range = TypeRanges.of(column.column(), type, scale, engine);
    long lo = range[0];
    long hi = range[1];
    ColumnRules rules = column.rules();
    if (rules.lower() != null) {
      lo = Math.max(lo, bound(rules.lower(), type, scale, true));
    }
    if (rules.upper() != null) {
      hi = Math.min(hi, bound(rules.upper(), type, scale, false));
    }
    long[] window = KindWindows.of(column.kind(), type, scale, anchor);
    if (column.source() instanceof ColumnOverride.NumberRange numbers) {
      window = new long[] {round(numbers.min(), scale, true), round(numbers.max(), scale, false)};
      lo = Math.max(lo, window[0]);
      hi = Math.min(hi, window[1]);
    } else if (column.source() instanceof ColumnOverride.DateRange dates) {
      window = KindWindows.days(dates.from(), dates.to(), type);
      lo = Math.max(lo, window[0]);
      hi = Math.min(hi, window[1]);
    }
    return new NumericDomain(type, scale, lo, hi, lo, hi).withWindow(window[0], window[1]);
  }

  /** Draw from {@code [a, b]} clipped to {@code [lo, hi]}, or from a window as wide beside it. */
  NumericDomain withWindow(long a, long b) {
    if (empty()) {
      return this;
    }
    long width = Math.max(0, b - a);
    long start = Math.max(lo, a);
    long end = Math.min(hi, b);
    if (start > end) {
      boolean above = a > hi;
      start = above ? Math.max(lo, saturatedAdd(hi, -width)) : lo;
      end = above ? hi : Math.min(hi, saturatedAdd(lo, width));
    }
    return new NumericDomain(type, scale, lo, hi, start, end);
  }

  public boolean empty() {
    return lo > hi;
  }

  /** Distinct ordinals in {@code [lo, hi]}, saturating at {@link Long#MAX_VALUE}. */
  public long capacity() {
    if (empty()) {
      return 0;
    }
    long size = hi - lo + 1;
    return size <= 0 ? Long.MAX_VALUE : size;
  }

  public Object value(long ordinal) {
    return type.value(ordinal, scale);
  }

  static long saturatedAdd(long a, long b) {
    long sum = a + b;
    if (((a ^ sum) & (b ^ sum)) < 0) {
      return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return sum;
  }

  /** The ordinal bound of a CHECK literal: exclusive ends step one unit inwards. */
  private static long bound(Bound bound, OrdinalType type, int scale, boolean lower) {
    BigDecimal number = bound.number();
    BigDecimal exact;
    try {
      exact =
          number != null
              ? number.movePointRight(scale)
              : type.exact(Literals.local(bound.literal()), scale);
    } catch (RuntimeException notADate) {
      exact = null;
    }
    if (exact == null) {
      return lower ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    boolean whole = exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0;
    long rounded = round(exact, 0, lower);
    if (!bound.inclusive() && whole) {
      return lower ? rounded + 1 : rounded - 1;
    }
    return rounded;
  }

  /** {@code value} in units of {@code scale}, rounded inwards (up for a lower end). */
  static long round(BigDecimal value, int scale, boolean lower) {
    BigDecimal units =
        value.movePointRight(scale).setScale(0, lower ? RoundingMode.CEILING : RoundingMode.FLOOR);
    if (units.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return Long.MAX_VALUE;
    }
    return units.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0
        ? Long.MIN_VALUE
        : units.longValue();
  }
}
