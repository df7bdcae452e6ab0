package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.user.PasswordPolicy;
import dev.kythera.identity.domain.user.User;
import dev.kythera.identity.domain.validation.Violations;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Inbound port: the signed-in user's own account — profile, password, sessions, deletion. */
public interface ManageAccountUseCase {

  AccountView profile(Actor actor);

  /** Sets the display name (null or blank clears it). */
  AccountView rename(Actor actor, String name);

  /**
   * Changes the password after checking the current one; every session (refresh token) ends.
   *
   * @throws dev.kythera.kernel.error.KytheraException FORBIDDEN when the current password is wrong
   */
  void changePassword(Actor actor, ChangePasswordCommand command);

  /** Live sessions (refresh-token families), newest first. */
  List<SessionView> sessions(Actor actor);

  /** Ends one session; 404 when it is not the actor's. */
  void revokeSession(Actor actor, UUID sessionId);

  /**
   * Deletes the account after checking the password (and a code when 2FA is on). Owned projects go
   * to another owner when there is one and are deleted otherwise; team memberships end (an emptied
   * team is deleted, a team left without admin gets its longest-standing member as admin).
   */
  AccountDeletion delete(Actor actor, String password, String code);

  /** Validated input of a password change. */
  record ChangePasswordCommand(String currentPassword, String newPassword) {
    public ChangePasswordCommand {
      new Violations()
          .check(
              currentPassword != null && !currentPassword.isEmpty(),
              "currentPassword",
              "is required")
          .check(PasswordPolicy.problem(newPassword), "newPassword")
          .throwIfAny();
    }

    @Override
    public String toString() {
      return "ChangePasswordCommand[hidden]";
    }
  }

  /** Validates a display name. */
  static void checkName(String name) {
    new Violations().check(User.nameProblem(name), "name").throwIfAny();
  }

  /** One session. */
  record SessionView(
      UUID id, Instant createdAt, Instant lastUsedAt, Instant expiresAt, String userAgent) {}

  /**
   * What deleting an account did.
   *
   * @param projects each owned project with {@code outcome} {@code transferred} (and the new owner)
   *     or {@code deleted}
   */
  record AccountDeletion(boolean deleted, List<ProjectOutcome> projects, List<TeamOutcome> teams) {}

  /** What happened to one owned project. */
  record ProjectOutcome(UUID id, String name, String outcome, UUID newOwnerId) {}

  /** What happened to one team membership: {@code left}, {@code deleted} or {@code handed-over}. */
  record TeamOutcome(UUID id, String name, String outcome, UUID newAdminId) {}
}
