package dev.kythera.gateway.domain;

import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.Role;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A user as stated by a verified identity token. */
public record UserPrincipal(UUID userId, Optional<String> email, Role role, Plan plan) {
  public UserPrincipal {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(plan, "plan");
  }
}
