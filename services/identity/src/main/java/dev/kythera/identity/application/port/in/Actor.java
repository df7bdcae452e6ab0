package dev.kythera.identity.application.port.in;

import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.id.UserId;
import java.util.Objects;

/** The signed-in user on whose behalf a use case runs, as the gateway vouched for them. */
public record Actor(UserId id, Role role) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
  }
}
