package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Application helper: defence in depth for governance. The gateway and the REST side already
 * checked the token's role; this re-reads the account, so a super_admin demoted or disabled a
 * moment ago is refused even with a token minted before.
 */
@ApplicationScoped
public class Governors {
  private final UserRepository users;

  public Governors(UserRepository users) {
    this.users = users;
  }

  /** The acting super_admin's account; 403 for anyone else. */
  public User require(Actor actor) {
    return users
        .findById(actor.id())
        .filter(user -> user.enabled() && user.role() == Role.SUPER_ADMIN)
        .orElseThrow(
            () -> new KytheraException(ErrorCode.FORBIDDEN, "This needs the super_admin role"));
  }
}
