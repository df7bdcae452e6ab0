package dev.kythera.generation.domain.seed.value;

import dev.kythera.kernel.schema.Column;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/**
 * Converts text written by a user or a CHECK constraint to the engine-neutral Java value of a
 * column's type; throws {@link IllegalArgumentException} when the text does not fit the type.
 */
public final class Literals {
  private Literals() {}

  public static Object convert(String text, Column column) {
    String value = text.trim();
    try {
      return switch (column.category()) {
        case INTEGER -> Long.parseLong(value);
        case DECIMAL -> decimal(value, column);
        case FLOAT -> Double.parseDouble(value);
        case BOOLEAN -> bool(value);
        case DATE -> LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        case TIMESTAMP ->
            OrdinalType.of(column) == OrdinalType.TIMESTAMP_TZ ? zoned(value) : local(value);
        case TIME -> LocalTime.parse(value);
        case UUID -> UUID.fromString(value);
        default -> text;
      };
    } catch (RuntimeException unreadable) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a valid " + column.dataType() + " value", unreadable);
    }
  }

  private static BigDecimal decimal(String value, Column column) {
    BigDecimal number = new BigDecimal(value);
    return column.scale() == null ? number : number.setScale(column.scale(), RoundingMode.HALF_UP);
  }

  private static Boolean bool(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "t", "1", "yes", "y", "on" -> Boolean.TRUE;
      case "false", "f", "0", "no", "n", "off" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("not a boolean");
    };
  }

  /** A timestamp from {@code 2024-01-31}, {@code 2024-01-31 10:00:00} or ISO text. */
  public static LocalDateTime local(String value) {
    String iso = value.replace(' ', 'T');
    if (iso.length() <= 10) {
      return LocalDate.parse(iso).atStartOfDay();
    }
    return iso.length() > 19 && (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d(:?\\d\\d)?$"))
        ? zoned(value).toLocalDateTime()
        : LocalDateTime.parse(iso);
  }

  private static OffsetDateTime zoned(String value) {
    String iso = value.replace(' ', 'T');
    if (iso.length() <= 10) {
      return LocalDate.parse(iso).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
    if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:\\d\\d$")) {
      return OffsetDateTime.parse(iso);
    }
    if (iso.matches(".*[+-]\\d\\d$")) {
      return OffsetDateTime.parse(iso + ":00");
    }
    return LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
  }
}
