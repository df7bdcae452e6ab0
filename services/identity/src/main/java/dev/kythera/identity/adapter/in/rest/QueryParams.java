package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.domain.audit.AuditOutcome;
import dev.kythera.identity.domain.paging.Page;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.Ids;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * Inbound adapter helper: query parameters read as text and parsed here, so a bad value is a 400
 * problem naming the parameter (JAX-RS would answer 404 for an unconvertible query parameter).
 */
final class QueryParams {
  private QueryParams() {}

  static int limit(String text) {
    if (text == null || text.isBlank()) {
      return Page.DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text.trim());
      if (limit >= 1 && limit <= Page.MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // falls through to the 400 below
    }
    throw KytheraException.invalid("limit", "must be a number 1.." + Page.MAX_LIMIT);
  }

  static Optional<Instant> instant(String field, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(text.trim()));
    } catch (DateTimeParseException e) {
      throw KytheraException.invalid(
          field, "must be an ISO-8601 instant like 2026-01-31T12:00:00Z");
    }
  }

  static Optional<UUID> uuid(String field, String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(Ids.parse(field, text));
  }

  static Optional<String> text(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.trim());
  }

  static Optional<AuditOutcome> outcome(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        AuditOutcome.fromWire(text)
            .orElseThrow(
                () -> KytheraException.invalid("outcome", "must be success, failure or denied")));
  }
}
