package dev.kythera.platform.audit;

import dev.kythera.kernel.access.Caller;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.OutboxWriter;
import dev.kythera.platform.security.CallerContext;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Outbound adapter helper (outbox → {@code kythera.audit.events}): records one domain audit event
 * ({@code kythera.audit.recorded.v1}, the platform's audit shape documented in identity's README)
 * in the caller's transaction, so the event exists exactly when the change was committed. Inside a
 * request the acting user, email and request id come from the gateway's token; jobs pass the actor
 * themselves. Details must never hold secrets: a secret-looking key is refused here, before it is
 * stored.
 */
@ApplicationScoped
public class AuditEvents {
  public static final String TYPE = EventTypes.AUDIT_RECORDED;
  private static final Pattern SECRET_KEY =
      Pattern.compile(
          ".*(password|passwd|secret|token|authorization|cookie|credential|privatekey|private_key"
              + "|apikey|api_key).*",
          Pattern.CASE_INSENSITIVE);

  private final OutboxWriter outbox;
  private final CallerContext caller;

  public AuditEvents(OutboxWriter outbox, CallerContext caller) {
    this.outbox = outbox;
    this.caller = caller;
  }

  /**
   * Appends one audit event; must run inside a transaction. Returns the event id.
   *
   * @param action dotted {@code <aggregate>.<past_tense>} verb, e.g. {@code connection.created}
   * @param actorId the acting user; null means "the caller of the current request", if any
   * @param projectId the project concerned (the event key), or null for account-level actions
   * @param details small JSON-able map of ids and names, never secrets
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID record(String action, UUID actorId, UUID projectId, Map<String, ?> details) {
    if (action == null || action.isBlank() || action.length() > 100) {
      throw new IllegalArgumentException("An audit action is a dotted verb of 1-100 characters");
    }
    requireNoSecrets(details);
    Optional<Caller> current = currentCaller();
    UUID actor = actorId != null ? actorId : current.flatMap(Caller::userId).orElse(null);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("action", action);
    data.put("actorId", actor);
    data.put(
        "actorEmail",
        current
            .filter(c -> c.userId().isPresent() && c.userId().get().equals(actor))
            .flatMap(Caller::email)
            .orElse(null));
    data.put("projectId", projectId);
    data.put("outcome", "success");
    data.put("requestId", current.map(Caller::requestId).orElse(null));
    data.put("occurredAt", Instant.now().toString());
    data.put("details", details == null ? Map.of() : details);
    String key = projectId != null ? projectId.toString() : actor != null ? actor.toString() : "-";
    return outbox.append(EventTypes.TOPIC_AUDIT, key, TYPE, key, data);
  }

  private Optional<Caller> currentCaller() {
    if (!Arc.container().requestContext().isActive()) {
      return Optional.empty(); // a job or a consumer: no request, no token
    }
    try {
      return Optional.of(caller.caller());
    } catch (RuntimeException anonymous) {
      return Optional.empty();
    }
  }

  static void requireNoSecrets(Map<String, ?> details) {
    if (details == null) {
      return;
    }
    details.forEach(
        (key, value) -> {
          if (SECRET_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Audit details must not carry secrets: " + key);
          }
          if (value instanceof Map<?, ?> nested) {
            @SuppressWarnings("unchecked")
            Map<String, ?> inner = (Map<String, ?>) nested;
            requireNoSecrets(inner);
          }
        });
  }
}
