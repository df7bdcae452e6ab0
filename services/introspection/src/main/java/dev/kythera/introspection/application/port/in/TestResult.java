package dev.kythera.introspection.application.port.in;

/** The outcome of a successful connection test. */
public record TestResult(String engine, String serverVersion, long latencyMs) {}
