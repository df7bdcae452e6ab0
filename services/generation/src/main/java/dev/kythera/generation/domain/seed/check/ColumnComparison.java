package dev.kythera.generation.domain.seed.check;

/** A CHECK comparison between two columns of a row: {@code left op right}. */
public record ColumnComparison(String left, CompareOp op, String right, String constraint) {}
