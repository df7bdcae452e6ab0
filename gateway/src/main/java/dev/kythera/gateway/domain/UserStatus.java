package dev.kythera.gateway.domain;

import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.Role;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What identity says about a user right now; it outranks the (up to 15 minutes old) access token.
 *
 * @param userId the user
 * @param enabled false once governance disabled the account
 * @param role the current platform role, when identity states one
 * @param plan the current plan, when identity states one
 */
public record UserStatus(UUID userId, boolean enabled, Optional<Role> role, Optional<Plan> plan) {
  public UserStatus {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(plan, "plan");
  }
}
