package dev.kythera.kernel.schema;

/** A CHECK constraint with its expression text as the engine prints it. */
public record CheckConstraint(String name, String expression) {}
