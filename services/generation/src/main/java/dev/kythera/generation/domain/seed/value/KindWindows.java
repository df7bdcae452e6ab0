package dev.kythera.generation.domain.seed.value;

import dev.kythera.generation.domain.seed.ValueKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The sensible range of each numeric or temporal kind, as ordinals: recent dates within the three
 * years before the anchor, birth dates 18–90 years before it, money 1.00–1000.00, quantities 1–100.
 */
final class KindWindows {
  private KindWindows() {}

  static long[] of(ValueKind kind, OrdinalType type, int scale, LocalDate anchor) {
    if (!type.numeric()) {
      return temporal(kind, type, anchor);
    }
    return switch (kind) {
      case QUANTITY -> units(1, 100, scale);
      case AGE -> units(18, 90, scale);
      case YEAR -> units(anchor.getYear() - 30, anchor.getYear(), scale);
      case MONEY -> units(1, 1000, scale);
      case PERCENT -> units(0, 100, scale);
      case LATITUDE -> units(-90, 90, scale);
      case LONGITUDE -> units(-180, 180, scale);
      case NUMBER -> units(0, 1000, scale);
      default -> units(1, 10_000, scale);
    };
  }

  private static long[] temporal(ValueKind kind, OrdinalType type, LocalDate anchor) {
    if (type == OrdinalType.TIME) {
      return new long[] {0, 86_399};
    }
    return switch (kind) {
      case BIRTH_DATE -> days(anchor.minusYears(90), anchor.minusYears(18), type);
      case FUTURE -> days(anchor, anchor.plusYears(2), type);
      default -> days(anchor.minusYears(3), anchor.minusDays(1), type);
    };
  }

  /** Days {@code from} to {@code to}, both included, as dates or as seconds of those days. */
  static long[] days(LocalDate from, LocalDate to, OrdinalType type) {
    if (type == OrdinalType.DATE) {
      return new long[] {from.toEpochDay(), to.toEpochDay()};
    }
    return new long[] {from.toEpochDay() * 86_400L, to.toEpochDay() * 86_400L + 86_399L};
  }

  private static long[] units(long from, long to, int scale) {
    return new long[] {
      BigDecimal.valueOf(from).movePointRight(scale).longValueExact(),
      BigDecimal.valueOf(to).movePointRight(scale).longValueExact()
    };
  }
}
