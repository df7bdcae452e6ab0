package dev.kythera.gateway.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One mutating request as the audit log records it: who, what, on which project, when, how it
 * ended. Never a body, a query string or a header; the path is cut to {@link #MAX_PATH_LENGTH}
 * characters.
 *
 * @param requestId the request's correlation id
 * @param method the HTTP method, upper case
 * @param path the raw path as received, without the query
 * @param status the status answered, 0 when the client went away before one was sent
 * @param actorId the user whose valid token came with the request; empty for anonymous calls
 * @param actorEmail that user's email, when the token states one
 * @param routeProjectId the canonical {@code {projectId}} of the matched route, if any
 * @param member whether the actor holds a permission on that project
 * @param backend the service the route leads to, when one was chosen
 * @param occurredAt when the request arrived
 * @param durationMillis time from arrival to the end of the answer
 */
public record AuditEntry(
    String requestId,
    String method,
    String path,
    int status,
    Optional<UUID> actorId,
    Optional<String> actorEmail,
    Optional<UUID> routeProjectId,
    boolean member,
    Optional<Backend> backend,
    Instant occurredAt,
    long durationMillis) {
  public static final int MAX_PATH_LENGTH = 512;
  public static final String ANONYMOUS_KEY = "anonymous";
  private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

  public AuditEntry {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(actorEmail, "actorEmail");
    Objects.requireNonNull(routeProjectId, "routeProjectId");
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(occurredAt, "occurredAt");
    path = path.length() > MAX_PATH_LENGTH ? path.substring(0, MAX_PATH_LENGTH) : path;
  }

  /** Whether requests with {@code method} are audited: the mutating ones. */
  public static boolean audited(String method) {
    return MUTATING.contains(method);
  }

  /** {@code http.<method>}, e.g. {@code http.post}. */
  public String action() {
    return "http." + method.toLowerCase(Locale.ROOT);
  }

  public AuditOutcome outcome() {
    return AuditOutcome.of(status);
  }

  /**
   * The project the event is about: the route's project, but only for a member of it. A stranger's
   * refused attempt does not land in the project's activity feed (its members would learn who
   * tried, and anybody could write into a foreign feed); the platform audit log has it anyway.
   */
  public Optional<UUID> projectId() {
    return member ? routeProjectId : Optional.empty();
  }

  /** The event key: the route's project, else the actor, else {@code anonymous}. */
  public String key() {
    return routeProjectId.or(() -> actorId).map(UUID::toString).orElse(ANONYMOUS_KEY);
  }
}
