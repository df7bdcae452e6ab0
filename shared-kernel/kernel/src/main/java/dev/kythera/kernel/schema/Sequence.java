package dev.kythera.kernel.schema;

/**
 * A sequence (or, on MySQL/MariaDB, an auto-increment counter seen as one).
 *
 * @param name schema-qualified name
 * @param dataType value type, e.g. {@code integer}, {@code bigint}
 * @param lastValue the last value handed out, or null if never used
 * @param maxValue the largest value it can hand out
 * @param increment step
 * @param ownedBy {@code table.column} it feeds, or null
 */
public record Sequence(
    QualifiedName name,
    String dataType,
    Long lastValue,
    long maxValue,
    long increment,
    String ownedBy) {}
