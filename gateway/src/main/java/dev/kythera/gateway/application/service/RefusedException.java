package dev.kythera.gateway.application.service;

import dev.kythera.gateway.application.port.in.Refusal;

/** Carries a refusal with extra headers (429, 405) out of the decision chain. */
final class RefusedException extends RuntimeException {
  private final transient Refusal refusal;

  RefusedException(Refusal refusal) {
    super(refusal.detail(), null, false, false);
    this.refusal = refusal;
  }

  Refusal refusal() {
    return refusal;
  }
}
