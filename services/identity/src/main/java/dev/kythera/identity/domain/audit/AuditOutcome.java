package dev.kythera.identity.domain.audit;

import java.util.Locale;
import java.util.Optional;

/** How an audited action ended: done, failed, or refused for lack of rights. */
public enum AuditOutcome {
  SUCCESS,
  FAILURE,
  DENIED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AuditOutcome> fromWire(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (AuditOutcome outcome : values()) {
      if (outcome.wireName().equalsIgnoreCase(text.trim())) {
        return Optional.of(outcome);
      }
    }
    return Optional.empty();
  }
}
