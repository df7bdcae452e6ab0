package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.paging.Page;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.id.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * Inbound port (governance, super_admin only — checked against the database too): find accounts and
 * change their role, plan and enabled flag.
 */
public interface GovernUsersUseCase {

  /** Accounts whose email or name contains {@code query}, newest first, cursor-paged. */
  Page<GovernedUser> search(Actor actor, String query, String cursor, int limit);

  /**
   * Applies the non-null changes. Disabling revokes every refresh token at once; the gateway's
   * status check makes access tokens stop working within its cache time (≤ 5 s).
   *
   * @throws dev.kythera.kernel.error.KytheraException CONFLICT when a super_admin would disable or
   *     demote themself (the platform must keep a governor)
   */
  GovernedUser update(Actor actor, UserId userId, Role role, Plan plan, Boolean enabled);

  /** An account as governance sees it. */
  record GovernedUser(
      UUID id,
      String email,
      String name,
      String role,
      String plan,
      boolean enabled,
      boolean emailVerified,
      Instant createdAt,
      Instant updatedAt) {
    public static GovernedUser of(User user) {
      return new GovernedUser(
          user.id().value(),
          user.email().value(),
          user.name(),
          user.role().wireName(),
          user.plan().wireName(),
          user.enabled(),
          user.emailVerified(),
          user.createdAt(),
          user.updatedAt());
    }
  }
}
