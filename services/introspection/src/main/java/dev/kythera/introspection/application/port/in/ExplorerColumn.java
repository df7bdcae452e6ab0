package dev.kythera.introspection.application.port.in;

/** A column as the explorer shows it; {@code category} is the canonical type family. */
public record ExplorerColumn(
    String name, String dataType, String category, boolean nullable, boolean primaryKey) {}
