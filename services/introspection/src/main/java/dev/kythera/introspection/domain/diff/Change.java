package dev.kythera.introspection.domain.diff;

/**
 * One difference between two snapshots, in short readable form.
 *
 * @param objectType what kind of object changed
 * @param change added, removed or changed
 * @param table {@code schema.name} of the owning table (or of the table itself), null for enums and
 *     sequences
 * @param name the object's name ({@code schema.name} for enums and sequences)
 * @param before short definition before the change, null when added
 * @param after short definition after the change, null when removed
 */
public record Change(
    ObjectType objectType,
    ChangeType change,
    String table,
    String name,
    String before,
    String after) {}
