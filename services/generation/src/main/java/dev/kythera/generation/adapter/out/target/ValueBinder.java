package dev.kythera.generation.adapter.out.target;

import dev.kythera.connectors.Engine;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Binds generated values to statement parameters the way each driver takes them: PostgreSQL gets
 * text untyped so the server casts it to the column's type (enums, JSON, UUID); MySQL gets UTC
 * datetimes (it has no offsets); SQLite, which stores what it is given, gets ISO text for dates and
 * times and 1/0 for booleans, as its own tools write them.
 */
final class ValueBinder {
  private final Engine engine;

  ValueBinder(Engine engine) {
    this.engine = engine;
  }

  void bind(PreparedStatement statement, int index, Object value) throws SQLException {
    switch (engine) {
      case POSTGRESQL -> postgres(statement, index, value);
      case MYSQL -> mysql(statement, index, value);
      case SQLITE -> sqlite(statement, index, value);
    }
  }

  private static void postgres(PreparedStatement statement, int index, Object value)
      throws SQLException {
    if (value instanceof String text) {
      statement.setObject(index, text, Types.OTHER);
    } else {
      statement.setObject(index, value);
    }
  }

  private static void mysql(PreparedStatement statement, int index, Object value)
      throws SQLException {
    switch (value) {
      case OffsetDateTime time ->
          statement.setObject(index, time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
      case UUID uuid -> statement.setString(index, uuid.toString());
      case null -> statement.setObject(index, null);
      default -> statement.setObject(index, value);
    }
  }

  private static void sqlite(PreparedStatement statement, int index, Object value)
      throws SQLException {
    switch (value) {
      case null -> statement.setObject(index, null);
      case Boolean flag -> statement.setInt(index, flag ? 1 : 0);
      case BigDecimal number -> statement.setString(index, number.toPlainString());
      case LocalDate date -> statement.setString(index, date.toString());
      case LocalDateTime time -> statement.setString(index, BulkText.dateTime(time));
      case OffsetDateTime time -> statement.setString(index, time.toString());
      case LocalTime time -> statement.setString(index, time.toString());
      case UUID uuid -> statement.setString(index, uuid.toString());
      default -> statement.setObject(index, value);
    }
  }
}
