package dev.kythera.introspection.domain.explorer;

import dev.kythera.connectors.Engine;
import dev.kythera.kernel.schema.QualifiedName;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

/**
 * How one engine writes what the data explorer sends it: the only place where engines differ.
 *
 * @param engine the engine
 * @param quote the identifier quote character; an embedded one is doubled
 * @param textType the type to cast a column to before matching it with LIKE
 * @param nativeIlike whether {@code ILIKE} exists (else {@code LOWER(x) LIKE LOWER(?)})
 * @param insertReturning whether {@code INSERT ... RETURNING} hands back the new key (else the
 *     driver's generated keys do)
 * @param emptyInsert what follows the table name of an insert without values
 * @param untypedText whether text for JSON, enum and other non-text columns must be sent untyped,
 *     so the server casts it to the column's type (PostgreSQL: {@code Types.OTHER})
 * @param nativeUuid whether UUIDs are bound as UUID objects (else as text)
 * @param nativeTemporal whether dates and times are bound as java.time objects (else as text, see
 *     {@link #temporalText})
 */
public record SqlDialect(
    Engine engine,
    char quote,
    String textType,
    boolean nativeIlike,
    boolean insertReturning,
    String emptyInsert,
    boolean untypedText,
    boolean nativeUuid,
    boolean nativeTemporal) {

  public static final SqlDialect POSTGRESQL =
      new SqlDialect(
          Engine.POSTGRESQL, '"', "text", true, true, " DEFAULT VALUES", true, true, true);
  public static final SqlDialect MYSQL =
      new SqlDialect(Engine.MYSQL, '`', "char", false, false, " () VALUES ()", false, false, true);
  public static final SqlDialect SQLITE =
      new SqlDialect(
          Engine.SQLITE, '"', "text", false, true, " DEFAULT VALUES", false, false, false);

  private static final DateTimeFormatter TIME =
      new DateTimeFormatterBuilder()
          .appendPattern("HH:mm:ss")
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .toFormatter();
  private static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd ").append(TIME).toFormatter();

  public static SqlDialect of(Engine engine) {
    return switch (engine) {
      case POSTGRESQL -> POSTGRESQL;
      case MYSQL -> MYSQL;
      case SQLITE -> SQLITE;
    };
  }

  /**
   * An identifier between quotes, embedded quote characters doubled. Names come from the snapshot,
   * never from the request; NUL cannot be quoted by any engine and is refused.
   */
  public String quote(String identifier) {
    if (identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("Identifier cannot be quoted");
    }
    String q = String.valueOf(quote);
    return q + identifier.replace(q, q + q) + q;
  }

  /** A schema-qualified table name. */
  public String table(QualifiedName name) {
    return quote(name.schema()) + "." + quote(name.name());
  }

  /** The paging clause; both numbers are validated integers, never request text. */
  public String page(int limit, long offset) {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("Negative limit or offset");
    }
    return offset == 0 ? " LIMIT " + limit : " LIMIT " + limit + " OFFSET " + offset;
  }

  /** A column read as text, for LIKE on numbers, enums and dates. */
  public String asText(String quotedColumn) {
    return "CAST(" + quotedColumn + " AS " + textType + ")";
  }

  /** A case-insensitive LIKE of a (text) expression against one parameter. */
  public String ilike(String expression) {
    return nativeIlike ? expression + " ILIKE ?" : "LOWER(" + expression + ") LIKE LOWER(?)";
  }

  /**
   * A date or time as text for engines that store them as text (SQLite): the SQL form its own
   * {@code CURRENT_TIMESTAMP} writes ({@code 2024-05-31 13:45:00}, instants in UTC), so text
   * comparisons order them correctly.
   */
  public String temporalText(Temporal value) {
    return switch (value) {
      case OffsetDateTime t -> DATE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC));
      case LocalDateTime t -> DATE_TIME.format(t);
      case OffsetTime t -> TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC));
      case LocalTime t -> TIME.format(t);
      default -> value.toString();
    };
  }
}
