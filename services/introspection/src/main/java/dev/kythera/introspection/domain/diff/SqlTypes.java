package dev.kythera.introspection.domain.diff;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.TypeCategory;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Best-effort translation of column types and defaults between PostgreSQL and MySQL/MariaDB, used
 * when a model read from one engine is migrated in the other's dialect.
 */
final class SqlTypes {
  private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\s*\\(([\\d\\s,]+)\\)(.*)");
  private static final Pattern CAST_LITERAL =
      Pattern.compile("^('(?:[^']|'')*')::[\\w\\s.\"\\[\\]()]+$");
  private static final Pattern NUMBER = Pattern.compile("^\\(?-?\\d+(\\.\\d+)?\\)?$");
  private static final Pattern NOW =
      Pattern.compile(
          "^(now\\(\\)|current_timestamp(\\(\\d*\\))?|transaction_timestamp\\(\\)|localtimestamp)$",
          Pattern.CASE_INSENSITIVE);

  private SqlTypes() {}

  /** A PostgreSQL type name for a MySQL/MariaDB column. */
  static String toPostgres(Column column) {
    String type = lower(column.dataType()).replace(" unsigned", "").replace(" zerofill", "");
    Matcher sized = SIZED.matcher(type);
    String base = sized.matches() ? sized.group(1).strip() : type;
    String size = sized.matches() ? sized.group(2).replace(" ", "") : null;
    if (type.equals("tinyint(1)")
        || type.equals("bit(1)")
        || column.category() == TypeCategory.BOOLEAN) {
      return "boolean";
    }
    return switch (base) {
      case "int", "integer", "mediumint" -> "integer";
      case "tinyint", "smallint", "year" -> "smallint";
      case "bigint" -> "bigint";
      case "varchar", "char" -> size == null ? "text" : base + "(" + size + ")";
      case "tinytext", "text", "mediumtext", "longtext", "enum", "set" -> "text";
      case "decimal", "numeric" -> size == null ? "numeric" : "numeric(" + size + ")";
      case "float" -> "real";
      case "double", "double precision", "real" -> "double precision";
      case "datetime" -> size == null ? "timestamp" : "timestamp(" + size + ")";
      case "timestamp" -> size == null ? "timestamptz" : "timestamptz(" + size + ")";
      case "json" -> "jsonb";
      case "tinyblob", "blob", "mediumblob", "longblob", "binary", "varbinary", "bit" -> "bytea";
      default -> column.dataType();
    };
  }

  /** A MySQL/MariaDB type for a PostgreSQL column. */
  static String toMySql(Column column) {
    if (column.category() == TypeCategory.ENUM && !column.enumValues().isEmpty()) {
      return "enum("
          + String.join(", ", column.enumValues().stream().map(SqlTypes::mysqlLiteral).toList())
          + ")";
    }
    String type = lower(column.dataType());
    if (type.endsWith("[]") || column.category() == TypeCategory.ARRAY) {
      return "json";
    }
    Matcher sized = SIZED.matcher(type);
    String base = sized.matches() ? sized.group(1).strip() : type;
    String size = sized.matches() ? sized.group(2).replace(" ", "") : null;
    return switch (base) {
      case "character varying", "varchar" -> size == null ? "text" : "varchar(" + size + ")";
      case "character", "char", "bpchar" -> size == null ? "char(1)" : "char(" + size + ")";
      case "text", "citext", "name", "xml", "tsvector" -> "longtext";
      case "integer", "int", "int4", "serial" -> "int";
      case "smallint", "int2", "smallserial" -> "smallint";
      case "bigint", "int8", "bigserial" -> "bigint";
      case "numeric", "decimal" -> size == null ? "decimal(65,30)" : "decimal(" + size + ")";
      case "money" -> "decimal(19,2)";
      case "real", "float4" -> "float";
      case "double precision", "float8" -> "double";
      case "boolean", "bool" -> "boolean";
      case "date" -> "date";
      case "uuid" -> "char(36)";
      case "json", "jsonb" -> "json";
      case "bytea" -> "longblob";
      case "inet", "cidr", "macaddr" -> "varchar(45)";
      case "interval" -> "varchar(64)";
      default -> temporalToMySql(base, size, column.dataType());
    };
  }

  private static String temporalToMySql(String base, String size, String original) {
    String precision = size == null ? "" : "(" + size + ")";
    if (base.startsWith("timestamp") || base.equals("timestamptz")) {
      return "datetime" + precision;
    }
    if (base.startsWith("time") || base.equals("timetz")) {
      return "time" + precision;
    }
    return original;
  }

  /** A default expression PostgreSQL accepts, or null when identity takes its place. */
  static String defaultToPostgres(Column column) {
    String value = column.defaultValue();
    if (value == null || value.equalsIgnoreCase("NULL")) {
      return null;
    }
    String text = value.strip();
    if (NOW.matcher(text).matches()) {
      return "CURRENT_TIMESTAMP";
    }
    if (text.equalsIgnoreCase("uuid()")) {
      return "gen_random_uuid()";
    }
    if (toPostgres(column).equals("boolean")) {
      String bare = text.replace("'", "");
      if (bare.equals("0") || bare.equals("1")) {
        return bare.equals("1") ? "true" : "false";
      }
    }
    return text;
  }

  /** A default expression MySQL/MariaDB accepts for a PostgreSQL column, or null. */
  static String defaultToMySql(Column column, String mysqlType) {
    String value = column.defaultValue();
    if (value == null || value.startsWith("nextval(")) {
      return null;
    }
    String text = value.strip();
    Matcher cast = CAST_LITERAL.matcher(text);
    if (cast.matches()) {
      text = cast.group(1);
    }
    if (NOW.matcher(text).matches()) {
      int open = mysqlType.indexOf('(');
      return open < 0 ? "CURRENT_TIMESTAMP" : "CURRENT_TIMESTAMP" + mysqlType.substring(open);
    }
    if (text.equalsIgnoreCase("gen_random_uuid()")) {
      return "(uuid())";
    }
    if (NUMBER.matcher(text).matches()
        || text.equalsIgnoreCase("true")
        || text.equalsIgnoreCase("false")) {
      return text;
    }
    boolean literal = text.startsWith("'") && text.endsWith("'");
    boolean blobLike =
        mysqlType.endsWith("text") || mysqlType.endsWith("blob") || mysqlType.equals("json");
    if (literal) {
      String converted = mysqlLiteral(text.substring(1, text.length() - 1).replace("''", "'"));
      return blobLike ? "(" + converted + ")" : converted;
    }
    return "(" + text + ")";
  }

  static String mysqlLiteral(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  private static String lower(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
