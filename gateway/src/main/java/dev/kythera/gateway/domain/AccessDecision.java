package dev.kythera.gateway.domain;

import dev.kythera.kernel.error.ErrorCode;

/** Outcome of one access check: allowed, or denied with the error the client gets. */
public sealed interface AccessDecision {
  AccessDecision ALLOWED = new Allowed();

  record Allowed() implements AccessDecision {}

  record Denied(ErrorCode code, String detail) implements AccessDecision {}

  default boolean allowed() {
    return this instanceof Allowed;
  }
}
