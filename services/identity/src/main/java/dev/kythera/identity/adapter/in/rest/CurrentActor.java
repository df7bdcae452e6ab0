package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.identity.application.port.in.GetUserStatusUseCase;
import dev.kythera.identity.domain.project.ProjectAccess;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.UserId;
import dev.kythera.platform.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;

/**
 * Inbound adapter helper: the signed-in caller as an {@link Actor}, refused (403 {@code
 * ACCOUNT_DISABLED}) when governance disabled the account — defence in depth behind the gateway's
 * own status check, so a disabled user's still-valid token changes nothing here either.
 */
@RequestScoped
public class CurrentActor {
  private final CallerContext caller;
  private final GetUserStatusUseCase status;
  private Actor actor;

  public CurrentActor(CallerContext caller, GetUserStatusUseCase status) {
    this.caller = caller;
    this.status = status;
  }

  /** The actor; 401 when anonymous, 403 when the account is disabled. */
  public Actor get() {
    if (actor == null) {
      UserId id = new UserId(caller.requireUser());
      boolean enabled;
      try {
        enabled = status.status(id).enabled();
      } catch (KytheraException e) {
        // An unknown account is the use case's business (most answer 401 or 404).
        enabled = e.code() == ErrorCode.NOT_FOUND;
      }
      if (!enabled) {
        throw new KytheraException(ErrorCode.ACCOUNT_DISABLED, "This account is disabled");
      }
      actor = new Actor(id, caller.caller().role());
    }
    return actor;
  }

  /**
   * The actor of a project route, refused (403) when it is a super_admin — before the request body
   * is read, so a governance account learns nothing from validation errors either.
   */
  public Actor projectUser() {
    Actor current = get();
    ProjectAccess.requireProjectUser(current.role());
    return current;
  }

  /** The actor of a team route; as {@link #projectUser()}, super_admin is not a team member. */
  public Actor teamUser() {
    Actor current = get();
    if (current.role() == Role.SUPER_ADMIN) {
      throw new KytheraException(
          ErrorCode.FORBIDDEN, "super_admin governs the platform and is not a team member");
    }
    return current;
  }
}
