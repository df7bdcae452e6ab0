package dev.kythera.introspection.domain.explorer;

import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.Column;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns a request value (text, number, boolean or null, as JSON or a query string carries it) into
 * the Java value a column of its category takes, or a 400 on {@code field}. Values are always bound
 * as parameters; this only decides their type.
 */
public final class ValueConverter {
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private ValueConverter() {}

  /** The typed value, or null for null; {@code field} names the input in a 400. */
  public static Object convert(Object input, Column column, String field) {
    if (input == null) {
      return null;
    }
    try {
      return switch (column.category()) {
        case INTEGER -> integer(input);
        case DECIMAL -> decimal(input);
        case FLOAT -> input instanceof Number n ? n.doubleValue() : Double.valueOf(text(input));
        case BOOLEAN -> bool(input);
        case DATE -> LocalDate.parse(text(input).strip());
        case TIME -> time(text(input).strip());
        case TIMESTAMP -> timestamp(text(input).strip());
        case UUID -> uuid(text(input).strip());
        case BINARY -> Base64.getDecoder().decode(text(input));
        case ENUM -> enumValue(input, column);
        case TEXT, JSON, ARRAY, OTHER -> text(input);
      };
    } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
      throw KytheraException.invalid(field, "must be " + expected(column));
    }
  }

  private static Object integer(Object input) {
    BigInteger value =
        switch (input) {
          case Long l -> BigInteger.valueOf(l);
          case Integer i -> BigInteger.valueOf(i);
          case Short s -> BigInteger.valueOf(s);
          case BigInteger b -> b;
          case BigDecimal d -> d.toBigIntegerExact();
          case Number n -> BigDecimal.valueOf(n.doubleValue()).toBigIntegerExact();
          default -> new BigInteger(text(input).strip());
        };
    return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0
        ? (Object) value.longValueExact()
        : value;
  }

  private static BigDecimal decimal(Object input) {
    return switch (input) {
      case BigDecimal d -> d;
      case BigInteger b -> new BigDecimal(b);
      case Long l -> BigDecimal.valueOf(l);
      case Integer i -> BigDecimal.valueOf(i);
      case Number n -> BigDecimal.valueOf(n.doubleValue());
      default -> new BigDecimal(text(input).strip());
    };
  }

  private static Boolean bool(Object input) {
    if (input instanceof Boolean b) {
      return b;
    }
    return switch (text(input).strip().toLowerCase(Locale.ROOT)) {
      case "true", "t", "1", "yes", "y", "on" -> true;
      case "false", "f", "0", "no", "n", "off" -> false;
      default -> throw new IllegalArgumentException("not a boolean");
    };
  }

  private static Object time(String text) {
    return hasOffset(text, 0) ? OffsetTime.parse(text) : LocalTime.parse(text);
  }

  /** ISO-8601; a space may stand for the {@code T}; with an offset it is an instant. */
  private static Object timestamp(String input) {
    String text =
        input.length() > 10 && input.charAt(10) == ' ' ? input.replaceFirst(" ", "T") : input;
    if (text.length() == 10) {
      return LocalDate.parse(text).atStartOfDay();
    }
    // the date part has dashes of its own; an offset can only follow the time
    return hasOffset(text, 11) ? OffsetDateTime.parse(text) : LocalDateTime.parse(text);
  }

  private static boolean hasOffset(String text, int from) {
    if (text.endsWith("Z") || text.endsWith("z")) {
      return true;
    }
    return text.indexOf('+', from) >= 0 || text.indexOf('-', from) >= 0;
  }

  private static UUID uuid(String text) {
    if (!UUID_TEXT.matcher(text).matches()) {
      throw new IllegalArgumentException("not a UUID");
    }
    return UUID.fromString(text);
  }

  private static String enumValue(Object input, Column column) {
    String text = text(input);
    if (!column.enumValues().isEmpty() && !column.enumValues().contains(text)) {
      throw new IllegalArgumentException("not a value of the enum");
    }
    return text;
  }

  private static String text(Object input) {
    return switch (input) {
      case String s -> s;
      case BigDecimal d -> d.toPlainString();
      case Number n -> n.toString();
      case Boolean b -> b.toString();
      default -> throw new IllegalArgumentException("not a scalar");
    };
  }

  /** What a column of this category takes, for the error message. */
  static String expected(Column column) {
    return switch (column.category()) {
      case INTEGER -> "a whole number";
      case DECIMAL, FLOAT -> "a number";
      case BOOLEAN -> "true or false";
      case DATE -> "an ISO-8601 date (2024-05-31)";
      case TIME -> "an ISO-8601 time (13:45:00)";
      case TIMESTAMP -> "an ISO-8601 timestamp (2024-05-31T13:45:00Z)";
      case UUID -> "a UUID";
      case BINARY -> "base64 text";
      case ENUM -> "one of " + String.join(", ", column.enumValues());
      default -> "text";
    };
  }
}
