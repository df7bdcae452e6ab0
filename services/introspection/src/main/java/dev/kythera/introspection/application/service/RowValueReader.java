package dev.kythera.introspection.application.service;

import dev.kythera.kernel.schema.Column;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads result rows as JSON-friendly values: numbers stay numbers, decimals become strings (no
 * precision lost), dates and times ISO-8601 strings, bytes base64, anything else its text.
 */
final class RowValueReader {
  private RowValueReader() {}

  /** The current row, column name to value, in the given column order. */
  static Map<String, Object> row(ResultSet rows, List<Column> columns) throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      row.put(columns.get(i).name(), value(rows, i + 1, columns.get(i)));
    }
    return row;
  }

  static Object value(ResultSet rows, int index, Column column) throws SQLException {
    Object raw =
        switch (column.category()) {
          case DATE, TIME, TIMESTAMP -> temporal(rows, index);
          default -> rows.getObject(index);
        };
    return raw == null ? null : json(raw);
  }

  /** java.time values where the driver has them, so offsets survive; else the driver's text. */
  private static Object temporal(ResultSet rows, int index) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    int type = meta.getColumnType(index);
    String name = String.valueOf(meta.getColumnTypeName(index)).toLowerCase(Locale.ROOT);
    Class<?> target;
    if (type == Types.TIMESTAMP_WITH_TIMEZONE || name.equals("timestamptz")) {
      target = OffsetDateTime.class;
    } else if (type == Types.TIME_WITH_TIMEZONE || name.equals("timetz")) {
      target = OffsetTime.class;
    } else if (type == Types.TIMESTAMP) {
      target = LocalDateTime.class;
    } else if (type == Types.DATE) {
      target = LocalDate.class;
    } else if (type == Types.TIME) {
      target = LocalTime.class;
    } else {
      return rows.getObject(index);
    }
    try {
      return rows.getObject(index, target);
    } catch (SQLException | RuntimeException e) {
      // stored as text the driver cannot parse (SQLite, zero dates): show what is there
      return rows.getString(index);
    }
  }

  /** A driver value as JSON can carry it. */
  static Object json(Object value) throws SQLException {
    return switch (value) {
      case Integer number -> number;
      case Long number -> number;
      case Short number -> number.intValue();
      case Byte number -> number.intValue();
      case java.math.BigInteger number -> number;
      case BigDecimal number -> number.toPlainString();
      case Double number -> Double.isFinite(number) ? number : number.toString();
      case Float number ->
          Float.isFinite(number) ? (Object) number.doubleValue() : number.toString();
      case Boolean flag -> flag;
      case String text -> text;
      case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
      case java.sql.Date date -> date.toLocalDate().toString();
      case java.sql.Time time -> time.toLocalTime().toString();
      case java.sql.Timestamp time -> time.toLocalDateTime().toString();
      case TemporalAccessor time -> time.toString();
      case UUID uuid -> uuid.toString();
      case Array array -> elements(array);
      case Blob blob -> Base64.getEncoder().encodeToString(blob.getBytes(1, (int) blob.length()));
      case Clob clob -> clob.getSubString(1, (int) clob.length());
      default -> value.toString();
    };
  }

  /** {@link #json} for values that did not come from a driver (no SQL access needed). */
  static Object jsonQuietly(Object value) {
    try {
      return value == null ? null : json(value);
    } catch (SQLException e) {
      return value.toString();
    }
  }

  private static List<Object> elements(Array array) throws SQLException {
    List<Object> list = new ArrayList<>();
    for (Object element : (Object[]) array.getArray()) {
      list.add(element == null ? null : json(element));
    }
    return list;
  }
}
