package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;

/** Application helper: the acting user's account, which must still exist. */
@ApplicationScoped
public class Accounts {
  private final UserRepository users;

  public Accounts(UserRepository users) {
    this.users = users;
  }

  /** The actor's account; 401 when it no longer exists. */
  public User of(Actor actor) {
    return users
        .findById(actor.id())
        .orElseThrow(
            () -> new KytheraException(ErrorCode.UNAUTHENTICATED, "This account no longer exists"));
  }
}
