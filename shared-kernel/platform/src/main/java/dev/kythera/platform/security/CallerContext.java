package dev.kythera.platform.security;

import dev.kythera.kernel.access.Caller;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/** Request-scoped holder of the verified caller, set by {@link InternalTokenFilter}. */
@RequestScoped
public class CallerContext {
  private Caller caller;

  void set(Caller caller) {
    this.caller = caller;
  }

  public Caller caller() {
    if (caller == null) {
      throw new KytheraException(ErrorCode.UNAUTHENTICATED, "No verified caller");
    }
    return caller;
  }

  public Optional<String> requestId() {
    return Optional.ofNullable(caller).map(Caller::requestId);
  }

  /** The signed-in user's id, or 401 when the call is anonymous. */
  public UUID requireUser() {
    return caller()
        .userId()
        .orElseThrow(() -> new KytheraException(ErrorCode.UNAUTHENTICATED, "Sign in first"));
  }

  /**
   * For internal endpoints: passes only when one of the named KytheraDB services signed the call (a
   * service token), else 403. User tokens never pass, whatever their role.
   */
  public void requireService(java.util.Set<String> services) {
    if (services.stream().noneMatch(caller()::isService)) {
      throw new KytheraException(ErrorCode.FORBIDDEN, "Only KytheraDB services may call this");
    }
  }

  public void requireRole(Role role) {
    if (!caller().role().satisfies(role)) {
      throw new KytheraException(
          ErrorCode.FORBIDDEN, "This needs the " + role.wireName() + " role");
    }
  }

  /**
   * Defence in depth: the gateway already checked project access, but a service re-checks that the
   * token was minted for exactly this project and grants at least {@code needed}.
   */
  public ProjectPermission requireProject(UUID projectId, ProjectPermission needed) {
    Caller current = caller();
    requireUser();
    if (current.role() == Role.SUPER_ADMIN) {
      throw new KytheraException(
          ErrorCode.FORBIDDEN, "super_admin governs the platform and has no project access");
    }
    boolean sameProject = current.projectId().map(projectId::equals).orElse(false);
    ProjectPermission granted = current.permission().orElse(null);
    if (!sameProject || granted == null) {
      throw new KytheraException(ErrorCode.FORBIDDEN, "No access to this project");
    }
    if (!granted.includes(needed)) {
      throw new KytheraException(
          ErrorCode.FORBIDDEN, "This needs " + needed.wireName() + " permission on the project");
    }
    return granted;
  }
}
