package dev.kythera.generation.domain.seed;

/**
 * One finding about a seed request: {@code field} names the input it concerns, e.g. {@code
 * tables.orders.count} or {@code tables.orders.columns.status}.
 */
public record PlanProblem(String field, String message) {}
