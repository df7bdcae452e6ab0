package dev.kythera.gateway.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * One row of the route table: an HTTP method ({@code *} for any) and a path pattern, with the rule
 * that guards it.
 */
public record Route(String method, PathPattern pattern, RouteRule rule) {
  public static final String ANY_METHOD = "*";

  public Route {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(rule, "rule");
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    if (!method.equals(ANY_METHOD) && !method.matches("[A-Z]+")) {
      throw new IllegalArgumentException("Bad method " + method);
    }
  }

  /** Stable id of the route, e.g. {@code POST /api/auth/login}; rate limits are kept per id. */
  public String id() {
    return method + " " + pattern.text();
  }

  boolean acceptsMethod(String requested) {
    return method.equals(ANY_METHOD)
        || method.equals(requested)
        || (requested.equals("HEAD") && method.equals("GET"));
  }
}
