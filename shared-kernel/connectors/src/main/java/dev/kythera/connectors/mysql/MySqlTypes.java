package dev.kythera.connectors.mysql;

import dev.kythera.kernel.schema.TypeCategory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MySQL/MariaDB column types as {@code information_schema.COLUMNS} shows them ({@code DATA_TYPE}
 * such as {@code int}, {@code COLUMN_TYPE} such as {@code int(10) unsigned}) turned into the
 * canonical model's terms.
 */
final class MySqlTypes {
  private MySqlTypes() {}

  /** The engine-neutral family of a column type. */
  static TypeCategory category(String dataType, String columnType) {
    String type = lower(dataType);
    String full = lower(columnType);
    return switch (type) {
      // BOOLEAN is an alias of tinyint(1); MySQL 8 keeps the display width only for it.
      case "tinyint" -> full.startsWith("tinyint(1)") ? TypeCategory.BOOLEAN : TypeCategory.INTEGER;
      case "bit" -> full.equals("bit(1)") ? TypeCategory.BOOLEAN : TypeCategory.BINARY;
      case "smallint", "mediumint", "int", "integer", "bigint", "year" -> TypeCategory.INTEGER;
      case "decimal", "numeric", "dec", "fixed" -> TypeCategory.DECIMAL;
      case "float", "double", "real", "double precision" -> TypeCategory.FLOAT;
      case "char", "varchar", "tinytext", "text", "mediumtext", "longtext" -> TypeCategory.TEXT;
      case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob" ->
          TypeCategory.BINARY;
      case "date" -> TypeCategory.DATE;
      case "time" -> TypeCategory.TIME;
      case "datetime", "timestamp" -> TypeCategory.TIMESTAMP;
      case "json" -> TypeCategory.JSON;
      case "enum" -> TypeCategory.ENUM;
      case "uuid" -> TypeCategory.UUID;
      default -> TypeCategory.OTHER;
    };
  }

  /** Declared length of char/varchar/binary/varbinary columns; null for other types. */
  static Integer length(String dataType, Long characterMaximumLength) {
    if (characterMaximumLength == null || characterMaximumLength > Integer.MAX_VALUE) {
      return null;
    }
    return switch (lower(dataType)) {
      case "char", "varchar", "binary", "varbinary" -> characterMaximumLength.intValue();
      default -> null;
    };
  }

  /**
   * The values of an {@code enum('a','b')} column type, in declaration order. MySQL writes a quote
   * inside a value as two quotes ({@code 'it''s'}).
   */
  static List<String> enumValues(String columnType) {
    List<String> values = new ArrayList<>();
    if (columnType == null || !lower(columnType).startsWith("enum(")) {
      return values;
    }
    int i = columnType.indexOf('(') + 1;
    StringBuilder value = null;
    while (i < columnType.length()) {
      char c = columnType.charAt(i);
      if (value == null) {
        if (c == '\'') {
          value = new StringBuilder();
        } else if (c == ')') {
          break;
        }
      } else if (c == '\'') {
        if (i + 1 < columnType.length() && columnType.charAt(i + 1) == '\'') {
          value.append('\'');
          i++;
        } else {
          values.add(value.toString());
          value = null;
        }
      } else if (c == '\\' && i + 1 < columnType.length()) {
        value.append(columnType.charAt(++i));
      } else {
        value.append(c);
      }
      i++;
    }
    return values;
  }

  /**
   * The largest value an auto-increment column of this type can take, e.g. 2147483647 for a signed
   * int; {@link Long#MAX_VALUE} where the true maximum (bigint unsigned) does not fit a long.
   */
  static long maxValue(String dataType, String columnType) {
    boolean unsigned = lower(columnType).contains("unsigned");
    int bits =
        switch (lower(dataType)) {
          case "tinyint" -> 8;
          case "smallint" -> 16;
          case "mediumint" -> 24;
          case "int", "integer" -> 32;
          default -> 64;
        };
    BigInteger max =
        unsigned
            ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
            : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
    return max.bitLength() > 63 ? Long.MAX_VALUE : max.longValueExact();
  }

  /**
   * A column default as an SQL expression, or null when the column has none. MariaDB (10.2.7+)
   * already reports expressions: quoted literals ({@code 'pending'}), numbers, {@code
   * current_timestamp()}, and the text {@code NULL} for "no default" (a default of the string
   * 'NULL' comes back quoted). MySQL reports literals unquoted and flags expression defaults with
   * {@code DEFAULT_GENERATED} in EXTRA; its text literals are quoted here so that both read alike.
   */
  static String defaultValue(String raw, boolean mariaDb, String extra, TypeCategory category) {
    if (raw == null) {
      return null;
    }
    if (mariaDb) {
      return raw.equals("NULL") ? null : raw;
    }
    if (lower(extra).contains("default_generated")) {
      return raw;
    }
    return switch (category) {
      case INTEGER, DECIMAL, FLOAT, BOOLEAN -> raw;
      default -> "'" + raw.replace("'", "''") + "'";
    };
  }

  private static String lower(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }
}
