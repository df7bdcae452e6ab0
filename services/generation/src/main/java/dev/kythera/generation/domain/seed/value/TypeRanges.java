package dev.kythera.generation.domain.seed.value;

import dev.kythera.kernel.schema.Column;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The ordinal range a column's type can store: integer widths (tinyint to bigint, unsigned),
 * decimal precision, and date/timestamp limits (MySQL's TIMESTAMP ends in 2038).
 */
final class TypeRanges {
  private static final long FIRST_DAY = LocalDate.of(1000, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  private TypeRanges() {}

  static long[] of(Column column, OrdinalType type, int scale, String engine) {
    String dataType = column.dataType().toLowerCase(Locale.ROOT);
    return switch (type) {
      case INTEGER -> integer(dataType);
      case DECIMAL -> decimal(column.precision());
      case FLOAT -> new long[] {-1_000_000_000_000_000L, 1_000_000_000_000_000L};
      case DATE -> new long[] {FIRST_DAY, LAST_DAY};
      case TIMESTAMP, TIMESTAMP_TZ -> timestamp(dataType, engine);
      case TIME -> new long[] {0, 86_399};
    };
  }

  private static long[] integer(String dataType) {
    int bits =
        dataType.contains("tinyint")
            ? 8
            : dataType.contains("smallint") || dataType.equals("int2")
                ? 16
                : dataType.contains("mediumint")
                    ? 24
                    : dataType.contains("bigint") || dataType.equals("int8") ? 64 : 32;
    if (dataType.contains("unsigned")) {
      return new long[] {0, bits == 64 ? Long.MAX_VALUE : (1L << bits) - 1};
    }
    return bits == 64
        ? new long[] {Long.MIN_VALUE, Long.MAX_VALUE}
        : new long[] {-(1L << (bits - 1)), (1L << (bits - 1)) - 1};
  }

  private static long[] decimal(Integer precision) {
    int digits = precision == null || precision <= 0 ? 18 : Math.min(precision, 18);
    long max = 1;
    for (int i = 0; i < digits; i++) {
      max *= 10;
    }
    return new long[] {-(max - 1), max - 1};
  }

  private static long[] timestamp(String dataType, String engine) {
    if ("mysql".equals(engine) && dataType.startsWith("timestamp")) {
      return new long[] {
        LocalDate.of(1970, 1, 2).toEpochDay() * 86_400L,
        LocalDate.of(2038, 1, 18).toEpochDay() * 86_400L
      };
    }
    return new long[] {FIRST_DAY * 86_400L, LAST_DAY * 86_400L + 86_399L};
  }
}
