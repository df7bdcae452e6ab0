package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.user.User;
import java.util.UUID;

/** What the outside may see of a user account (never the hash). */
public record UserView(
    UUID id, String email, String name, String role, String plan, boolean emailVerified) {

  public static UserView of(User user) {
    return new UserView(
        user.id().value(),
        user.email().value(),
        user.name(),
        user.role().wireName(),
        user.plan().wireName(),
        user.emailVerified());
  }
}
