package dev.kythera.generation.domain.seed.check;

/** The owning column must stand in {@code op} to column {@code other} of the same row. */
public record Comparison(CompareOp op, String other) {}
