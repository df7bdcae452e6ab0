package dev.kythera.generation.domain.seed;

/** A column left out of the insert so the database fills it, and why. */
public record OmittedColumn(String column, String reason) {}
