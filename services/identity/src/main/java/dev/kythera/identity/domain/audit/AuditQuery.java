package dev.kythera.identity.domain.audit;

import dev.kythera.identity.domain.paging.Cursor;
import dev.kythera.identity.domain.paging.Page;
import dev.kythera.kernel.error.KytheraException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Value object: a filtered, newest-first slice of the audit log. {@code action} matches exactly, or
 * as a prefix when it ends with {@code *} ({@code project.*}).
 *
 * @param from inclusive lower bound of the event time
 * @param to exclusive upper bound of the event time
 */
public record AuditQuery(
    Optional<UUID> projectId,
    Optional<UUID> actorId,
    Optional<String> action,
    Optional<AuditOutcome> outcome,
    Optional<Instant> from,
    Optional<Instant> to,
    Cursor after,
    int limit) {

  public AuditQuery {
    if (limit < 1 || limit > Page.MAX_LIMIT) {
      throw KytheraException.invalid("limit", "must be 1.." + Page.MAX_LIMIT);
    }
    if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
      throw KytheraException.invalid("from", "must be before to");
    }
    action.ifPresent(
        text -> {
          if (text.isBlank() || text.length() > AuditRecord.MAX_ACTION_LENGTH) {
            throw KytheraException.invalid("action", "must be 1.." + AuditRecord.MAX_ACTION_LENGTH);
          }
        });
  }

  /** The same query restricted to one project (the activity feed). */
  public AuditQuery forProject(UUID project) {
    return new AuditQuery(Optional.of(project), actorId, action, outcome, from, to, after, limit);
  }
}
