package dev.kythera.generation.adapter.out.target;

import dev.kythera.generation.domain.seed.SqlExpression;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HexFormat;

/**
 * Writes rows in the tab-separated text format that PostgreSQL's {@code COPY ... FROM STDIN} and
 * MySQL's {@code LOAD DATA} read by default: {@code \N} for NULL, backslash escapes for backslash,
 * tab, newline and carriage return. The two engines differ only in booleans, binary and time zones.
 */
final class BulkText {
  private static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd HH:mm:ss")
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 6, true)
          .toFormatter();
  private static final DateTimeFormatter TIME =
      new DateTimeFormatterBuilder()
          .appendPattern("HH:mm:ss")
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 6, true)
          .toFormatter();
  private static final HexFormat HEX = HexFormat.of();

  /** PostgreSQL: {@code t}/{@code f}, bytea as {@code \\x...}, timestamps keep their offset. */
  static final BulkText POSTGRESQL = new BulkText(true);

  /**
   * MySQL/MariaDB: {@code 1}/{@code 0}, binary as hex (unhexed by the statement), UTC datetimes.
   */
  static final BulkText MYSQL = new BulkText(false);

  private final boolean postgres;

  private BulkText(boolean postgres) {
    this.postgres = postgres;
  }

  /** A datetime as {@code 2026-01-31 12:30:00.25}, the form every engine reads. */
  static String dateTime(LocalDateTime time) {
    return DATE_TIME.format(time);
  }

  /** Appends one row and its line end. */
  void row(Object[] values, ByteSink out) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.put((byte) '\t');
      }
      value(values[i], out);
    }
    out.put((byte) '\n');
  }

  private void value(Object value, ByteSink out) {
    switch (value) {
      case null -> out.ascii("\\N");
      case String text -> escaped(text, out);
      case Long number -> out.decimal(number);
      case Integer number -> out.decimal(number);
      case BigDecimal number -> out.ascii(number.toPlainString());
      case Double number -> out.ascii(Double.toString(number));
      case Boolean flag -> out.ascii(postgres ? (flag ? "t" : "f") : (flag ? "1" : "0"));
      case LocalDateTime time -> dateTime(time, out);
      case OffsetDateTime time -> {
        if (postgres) {
          dateTime(time.toLocalDateTime(), out);
          ZoneOffset offset = time.getOffset();
          out.ascii(offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
        } else {
          dateTime(time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(), out);
        }
      }
      case LocalTime time -> time(time, out);
      case byte[] bytes ->
          out.ascii(postgres ? "\\\\x" + HEX.formatHex(bytes) : HEX.formatHex(bytes));
      case SqlExpression expression ->
          throw new IllegalArgumentException(
              "SQL expressions cannot be bulk loaded: " + expression);
      default -> escaped(value.toString(), out);
    }
  }

  /**
   * {@link #DATE_TIME} written straight into the buffer (the formatter costs more than generating
   * the value); years outside 0..9999, which the pattern signs, go through the formatter.
   */
  private static void dateTime(LocalDateTime time, ByteSink out) {
    int year = time.getYear();
    if (year < 0 || year > 9999) {
      out.ascii(DATE_TIME.format(time));
      return;
    }
    out.padded(year, 4);
    out.put((byte) '-');
    out.padded(time.getMonthValue(), 2);
    out.put((byte) '-');
    out.padded(time.getDayOfMonth(), 2);
    out.put((byte) ' ');
    time(time.toLocalTime(), out);
  }

  /** {@link #TIME}: {@code HH:mm:ss}, then up to six fraction digits without trailing zeros. */
  private static void time(LocalTime time, ByteSink out) {
    out.padded(time.getHour(), 2);
    out.put((byte) ':');
    out.padded(time.getMinute(), 2);
    out.put((byte) ':');
    out.padded(time.getSecond(), 2);
    int nanos = time.getNano();
    int micros = nanos / 1000;
    if (micros == 0 && nanos != 0) {
      out.ascii(".000000"); // what the formatter writes for under a microsecond
    } else if (micros != 0) {
      int width = 6;
      while (micros % 10 == 0) {
        micros /= 10;
        width--;
      }
      out.put((byte) '.');
      out.padded(micros, width);
    }
  }

  /** Text with the format's four special characters escaped; UTF-8. */
  private static void escaped(String text, ByteSink out) {
    if (out.plainAscii(text)) {
      return;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\0' -> {
          // neither engine stores NUL in text; drop it rather than fail the whole load
        }
        default -> escaped.append(c);
      }
    }
    out.bytes(escaped.toString().getBytes(StandardCharsets.UTF_8));
  }
}
