package dev.kythera.kernel.schema;

import java.util.List;
import java.util.Objects;

/**
 * One column of a table or view.
 *
 * @param name column name
 * @param position 1-based ordinal position
 * @param dataType the type as the engine shows it, e.g. {@code character varying(40)}
 * @param category engine-neutral family of the type
 * @param length maximum length of text/binary types, or null
 * @param precision numeric precision, or null
 * @param scale numeric scale, or null
 * @param nullable whether NULL is allowed
 * @param defaultValue default expression, or null
 * @param identity identity / auto-increment behaviour
 * @param generated generation expression of a generated (computed) column, or null
 * @param enumValues allowed values when the type is an enum (PostgreSQL enum type or MySQL ENUM)
 * @param comment comment, or null
 */
public record Column(
    String name,
    int position,
    String dataType,
    TypeCategory category,
    Integer length,
    Integer precision,
    Integer scale,
    boolean nullable,
    String defaultValue,
    Identity identity,
    String generated,
    List<String> enumValues,
    String comment) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataType, "dataType");
    category = category == null ? TypeCategory.OTHER : category;
    identity = identity == null ? Identity.NONE : identity;
    enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
  }

  /** True when the database fills the column itself (identity, auto-increment or generated). */
  public boolean filledByDatabase() {
    return identity != Identity.NONE || generated != null;
  }
}
