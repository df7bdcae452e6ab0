package dev.kythera.gateway.domain;

import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.Role;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A user as stated by a verified identity token, with role and plan brought up to date from the
 * account's status ({@link #current}).
 */
public record UserPrincipal(UUID userId, Optional<String> email, Role role, Plan plan) {
  public UserPrincipal {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(plan, "plan");
  }

  /**
   * This user with the role and plan identity states now, where they differ from the token's: a
   * governance change applies within the status cache's lifetime, not at the token's expiry.
   */
  public UserPrincipal current(UserStatus status) {
    if (!status.userId().equals(userId)) {
      throw new IllegalArgumentException("The status is of another user");
    }
    return new UserPrincipal(userId, email, status.role().orElse(role), status.plan().orElse(plan));
  }
}
