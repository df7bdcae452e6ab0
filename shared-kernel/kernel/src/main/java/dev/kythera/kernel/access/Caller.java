package dev.kythera.kernel.access;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, as stated by the gateway's internal token.
 *
 * @param userId the user, empty for anonymous calls (register, login) and service calls
 * @param email the user's email when known
 * @param role platform role; anonymous callers are viewers
 * @param plan the user's plan
 * @param projectId the project the route targets, when it targets one
 * @param permission the caller's permission on that project
 * @param requestId correlation id the gateway gave the request
 * @param service the calling service for service-to-service tokens (subject {@code
 *     service:<name>}), empty for user and anonymous calls
 */
public record Caller(
    Optional<UUID> userId,
    Optional<String> email,
    Role role,
    Plan plan,
    Optional<UUID> projectId,
    Optional<ProjectPermission> permission,
    String requestId,
    Optional<String> service) {

  public static final String SERVICE_SUBJECT = "service";

  /** A user or anonymous caller (no calling service). */
  public Caller(
      Optional<UUID> userId,
      Optional<String> email,
      Role role,
      Plan plan,
      Optional<UUID> projectId,
      Optional<ProjectPermission> permission,
      String requestId) {
    this(userId, email, role, plan, projectId, permission, requestId, Optional.empty());
  }

  /** The same caller with the request id the gateway sent in {@code X-Request-Id}. */
  public Caller withRequestId(String id) {
    return new Caller(userId, email, role, plan, projectId, permission, id, service);
  }

  /** True when {@code name} (e.g. {@code gateway}) signed in as a service made this call. */
  public boolean isService(String name) {
    return service.map(name::equals).orElse(false);
  }

  public boolean authenticated() {
    return userId.isPresent();
  }
}
