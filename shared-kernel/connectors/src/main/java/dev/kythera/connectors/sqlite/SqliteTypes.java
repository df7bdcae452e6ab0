package dev.kythera.connectors.sqlite;

import dev.kythera.kernel.schema.TypeCategory;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite declared column types in the canonical model's terms. SQLite stores any value in any
 * column and only derives an affinity from the declared name (INT → integer, CHAR/CLOB/TEXT → text,
 * BLOB → blob, REAL/FLOA/DOUB → real, anything else numeric); the declared names people use
 * (boolean, date, timestamp, numeric(10,2), json, uuid) say more, so they are read first.
 */
final class SqliteTypes {
  private static final Pattern SIZE =
      Pattern.compile("\\(\\s*([+-]?\\d+)\\s*(?:,\\s*([+-]?\\d+)\\s*)?\\)");

  private SqliteTypes() {}

  static TypeCategory category(String declared) {
    String type = base(declared);
    if (type.isEmpty()) {
      // No declared type: the column takes anything (BLOB affinity).
      return TypeCategory.OTHER;
    }
    if (type.contains("bool")) {
      return TypeCategory.BOOLEAN;
    }
    switch (type) {
      case "date":
        return TypeCategory.DATE;
      case "time", "time without time zone", "time with time zone", "timetz":
        return TypeCategory.TIME;
      case "datetime",
      "timestamp",
      "timestamptz",
      "timestamp without time zone",
      "timestamp with time zone":
        return TypeCategory.TIMESTAMP;
      case "json", "jsonb":
        return TypeCategory.JSON;
      case "uuid", "guid", "uniqueidentifier":
        return TypeCategory.UUID;
      case "numeric", "decimal", "money":
        return TypeCategory.DECIMAL;
      default:
        break;
    }
    // SQLite's affinity rules, in their order.
    if (type.contains("int")) {
      return TypeCategory.INTEGER;
    }
    if (type.contains("char") || type.contains("clob") || type.contains("text")) {
      return TypeCategory.TEXT;
    }
    if (type.contains("blob") || type.contains("binary")) {
      return TypeCategory.BINARY;
    }
    if (type.contains("real") || type.contains("floa") || type.contains("doub")) {
      return TypeCategory.FLOAT;
    }
    return TypeCategory.OTHER;
  }

  /** The length of {@code varchar(n)}, {@code char(n)}, {@code varbinary(n)}; null otherwise. */
  static Integer length(String declared) {
    TypeCategory category = category(declared);
    if (category != TypeCategory.TEXT && category != TypeCategory.BINARY) {
      return null;
    }
    Matcher size = size(declared);
    return size == null || size.group(2) != null ? null : Integer.valueOf(size.group(1));
  }

  /** The precision of {@code numeric(p[,s])}; null otherwise. */
  static Integer precision(String declared) {
    if (category(declared) != TypeCategory.DECIMAL) {
      return null;
    }
    Matcher size = size(declared);
    return size == null ? null : Integer.valueOf(size.group(1));
  }

  /** The scale of {@code numeric(p,s)} (0 for {@code numeric(p)}); null otherwise. */
  static Integer scale(String declared) {
    if (category(declared) != TypeCategory.DECIMAL) {
      return null;
    }
    Matcher size = size(declared);
    if (size == null) {
      return null;
    }
    return size.group(2) == null ? 0 : Integer.valueOf(size.group(2));
  }

  private static Matcher size(String declared) {
    if (declared == null) {
      return null;
    }
    Matcher matcher = SIZE.matcher(declared);
    return matcher.find() ? matcher : null;
  }

  /** The declared name in lower case without its size: {@code varchar(40)} → {@code varchar}. */
  private static String base(String declared) {
    if (declared == null) {
      return "";
    }
    int paren = declared.indexOf('(');
    String name = paren < 0 ? declared : declared.substring(0, paren);
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
