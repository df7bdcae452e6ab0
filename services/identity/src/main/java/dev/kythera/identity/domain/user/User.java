package dev.kythera.identity.domain.user;

import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.id.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Entity: a platform user. Immutable; every change returns a new value that the repository stores.
 *
 * @param passwordHash the encoded hash (algorithm and parameters included), never the password
 */
public record User(
    UserId id,
    EmailAddress email,
    String name,
    String passwordHash,
    Role role,
    Plan plan,
    boolean emailVerified,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt) {

  /** Platform role of a newly registered user (see README: decisions). */
  public static final Role DEFAULT_ROLE = Role.DEV;

  /** Plan of a newly registered user. */
  public static final Plan DEFAULT_PLAN = Plan.STARTER;

  public static final int MAX_NAME_LENGTH = 100;

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(plan, "plan");
    name = name == null || name.isBlank() ? null : name.strip();
  }

  /** A new, unverified account with the default role and plan. */
  public static User register(EmailAddress email, String name, String passwordHash, Instant now) {
    return new User(
        UserId.random(),
        email,
        name,
        passwordHash,
        DEFAULT_ROLE,
        DEFAULT_PLAN,
        false,
        true,
        now,
        now);
  }

  /** The account with its address confirmed. */
  public User withEmailVerified(Instant now) {
    return new User(id, email, name, passwordHash, role, plan, true, enabled, createdAt, now);
  }

  /** The account with a new password hash. */
  public User withPasswordHash(String newHash, Instant now) {
    return new User(id, email, name, newHash, role, plan, emailVerified, enabled, createdAt, now);
  }

  /** The account with a new display name (null or blank clears it). */
  public User withName(String newName, Instant now) {
    return new User(
        id, email, newName, passwordHash, role, plan, emailVerified, enabled, createdAt, now);
  }

  /** The account as governance changed it; null leaves a field as it is. */
  public User governed(Role newRole, Plan newPlan, Boolean newEnabled, Instant now) {
    return new User(
        id,
        email,
        name,
        passwordHash,
        newRole == null ? role : newRole,
        newPlan == null ? plan : newPlan,
        emailVerified,
        newEnabled == null ? enabled : newEnabled,
        createdAt,
        now);
  }

  /** Why {@code name} is not acceptable as a display name, or empty when it is. */
  public static java.util.Optional<String> nameProblem(String name) {
    if (name != null && name.strip().length() > MAX_NAME_LENGTH) {
      return java.util.Optional.of("must be at most " + MAX_NAME_LENGTH + " characters");
    }
    return java.util.Optional.empty();
  }
}
