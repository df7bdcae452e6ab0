package dev.kythera.kernel.error;

/** One invalid input field and why it is invalid. */
public record FieldError(String field, String message) {}
