package dev.kythera.generation.domain.seed.value;

import dev.kythera.kernel.schema.Column;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Types whose values map to a long "ordinal" (integers; decimals in units of their scale; dates in
 * days; timestamps in seconds; times in seconds of the day), so ranges, unique counters and
 * comparisons between columns are plain long arithmetic.
 */
public enum OrdinalType {
  INTEGER,
  DECIMAL,
  FLOAT,
  DATE,
  TIMESTAMP,
  TIMESTAMP_TZ,
  TIME;

  /** The ordinal type of a column, or null when its values are not ordered numbers or times. */
  public static OrdinalType of(Column column) {
    return switch (column.category()) {
      case INTEGER -> INTEGER;
      case DECIMAL -> DECIMAL;
      case FLOAT -> FLOAT;
      case DATE -> DATE;
      case TIMESTAMP -> zoned(column.dataType()) ? TIMESTAMP_TZ : TIMESTAMP;
      case TIME -> TIME;
      default -> null;
    };
  }

  private static boolean zoned(String dataType) {
    String type = dataType.toLowerCase(Locale.ROOT);
    return type.contains("with time zone") || type.startsWith("timestamptz");
  }

  /** Decimal places an ordinal unit stands for. */
  public static int scaleOf(Column column, OrdinalType type) {
    return switch (type) {
      case DECIMAL -> column.scale() == null ? 2 : Math.max(0, column.scale());
      case FLOAT -> 3;
      default -> 0;
    };
  }

  public boolean numeric() {
    return this == INTEGER || this == DECIMAL || this == FLOAT;
  }

  /** Whether values of the two types can be compared (numbers with numbers, times with times). */
  public boolean comparableWith(OrdinalType other) {
    return numeric() == other.numeric() && (this == TIME) == (other == TIME);
  }

  public Object value(long ordinal, int scale) {
    return switch (this) {
      case INTEGER -> ordinal;
      case DECIMAL -> BigDecimal.valueOf(ordinal, scale);
      case FLOAT -> BigDecimal.valueOf(ordinal, scale).doubleValue();
      case DATE -> LocalDate.ofEpochDay(ordinal);
      case TIMESTAMP -> LocalDateTime.ofEpochSecond(ordinal, 0, ZoneOffset.UTC);
      case TIMESTAMP_TZ -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(ordinal), ZoneOffset.UTC);
      case TIME -> LocalTime.ofSecondOfDay(Math.floorMod(ordinal, 86_400L));
    };
  }

  /** The value in this type's ordinal units, possibly fractional; null when not comparable. */
  public BigDecimal exact(Object value, int scale) {
    BigDecimal seconds = seconds(value);
    if (numeric()) {
      return value instanceof Number number
          ? new BigDecimal(number.toString()).movePointRight(scale)
          : null;
    }
    if (this == TIME) {
      return value instanceof LocalTime time ? BigDecimal.valueOf(time.toSecondOfDay()) : null;
    }
    if (seconds == null) {
      return null;
    }
    return this == DATE
        ? seconds.divide(BigDecimal.valueOf(86_400L), 6, RoundingMode.FLOOR)
        : seconds;
  }

  private static BigDecimal seconds(Object value) {
    return switch (value) {
      case LocalDate date -> BigDecimal.valueOf(date.toEpochDay() * 86_400L);
      case LocalDateTime time -> BigDecimal.valueOf(time.toEpochSecond(ZoneOffset.UTC));
      case OffsetDateTime time -> BigDecimal.valueOf(time.toEpochSecond());
      default -> null;
    };
  }

  /** The largest ordinal not above the value. */
  public long floor(Object value, int scale) {
    return exact(value, scale).setScale(0, RoundingMode.FLOOR).longValue();
  }

  /** The smallest ordinal not below the value. */
  public long ceil(Object value, int scale) {
    return exact(value, scale).setScale(0, RoundingMode.CEILING).longValue();
  }
}
