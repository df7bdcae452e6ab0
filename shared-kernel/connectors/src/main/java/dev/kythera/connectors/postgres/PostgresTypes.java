package dev.kythera.connectors.postgres;

import dev.kythera.kernel.schema.TypeCategory;
import java.util.Map;

/** Maps PostgreSQL type names and type modifiers onto the canonical model. */
final class PostgresTypes {
  private static final Map<String, TypeCategory> BY_NAME =
      Map.ofEntries(
          Map.entry("int2", TypeCategory.INTEGER),
          Map.entry("int4", TypeCategory.INTEGER),
          Map.entry("int8", TypeCategory.INTEGER),
          Map.entry("oid", TypeCategory.INTEGER),
          Map.entry("numeric", TypeCategory.DECIMAL),
          Map.entry("money", TypeCategory.DECIMAL),
          Map.entry("float4", TypeCategory.FLOAT),
          Map.entry("float8", TypeCategory.FLOAT),
          Map.entry("bool", TypeCategory.BOOLEAN),
          Map.entry("date", TypeCategory.DATE),
          Map.entry("time", TypeCategory.TIME),
          Map.entry("timetz", TypeCategory.TIME),
          Map.entry("timestamp", TypeCategory.TIMESTAMP),
          Map.entry("timestamptz", TypeCategory.TIMESTAMP),
          Map.entry("uuid", TypeCategory.UUID),
          Map.entry("json", TypeCategory.JSON),
          Map.entry("jsonb", TypeCategory.JSON),
          Map.entry("bytea", TypeCategory.BINARY),
          Map.entry("text", TypeCategory.TEXT),
          Map.entry("varchar", TypeCategory.TEXT),
          Map.entry("bpchar", TypeCategory.TEXT),
          Map.entry("name", TypeCategory.TEXT),
          Map.entry("citext", TypeCategory.TEXT));

  private PostgresTypes() {}

  /**
   * The category of a type.
   *
   * @param typeName {@code pg_type.typname} (of the base type for a domain)
   * @param typeType {@code pg_type.typtype}: {@code e} for enums
   * @param typeCategory {@code pg_type.typcategory}: {@code A} for arrays
   */
  static TypeCategory category(String typeName, String typeType, String typeCategory) {
    if ("e".equals(typeType)) {
      return TypeCategory.ENUM;
    }
    if ("A".equals(typeCategory)) {
      return TypeCategory.ARRAY;
    }
    return BY_NAME.getOrDefault(typeName, TypeCategory.OTHER);
  }

  /** Maximum length of character types from the type modifier, else null. */
  static Integer length(String typeName, int typeModifier) {
    boolean character = "varchar".equals(typeName) || "bpchar".equals(typeName);
    return character && typeModifier > 4 ? typeModifier - 4 : null;
  }

  /** Precision of numeric (from the modifier) and of the integer and float types. */
  static Integer precision(String typeName, int typeModifier) {
    return switch (typeName) {
      case "numeric" -> typeModifier > 4 ? ((typeModifier - 4) >> 16) & 0xffff : null;
      case "int2" -> 16;
      case "int4" -> 32;
      case "int8" -> 64;
      case "float4" -> 24;
      case "float8" -> 53;
      default -> null;
    };
  }

  /** Scale of numeric from the modifier; 0 for integers; else null. */
  static Integer scale(String typeName, int typeModifier) {
    return switch (typeName) {
      case "numeric" -> typeModifier > 4 ? (typeModifier - 4) & 0xffff : null;
      case "int2", "int4", "int8" -> 0;
      default -> null;
    };
  }
}
