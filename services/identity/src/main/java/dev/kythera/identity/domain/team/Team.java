package dev.kythera.identity.domain.team;

import dev.kythera.identity.domain.validation.Violations;
import dev.kythera.kernel.id.TeamId;
import dev.kythera.kernel.id.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Entity: a group of users that shares projects. Its creator becomes its first admin. */
public record Team(TeamId id, String name, UserId createdBy, Instant createdAt, Instant updatedAt) {
  public static final int MAX_NAME_LENGTH = 100;

  public Team {
    Objects.requireNonNull(id, "id");
    new Violations().check(nameProblem(name), "name").throwIfAny();
    name = name.strip();
  }

  public static Team create(String name, UserId creator, Instant now) {
    return new Team(TeamId.random(), name, creator, now, now);
  }

  public Team rename(String newName, Instant now) {
    return new Team(id, newName, createdBy, createdAt, now);
  }

  /** Why {@code name} is not acceptable, or empty when it is. */
  public static Optional<String> nameProblem(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("is required");
    }
    if (name.strip().length() > MAX_NAME_LENGTH) {
      return Optional.of("must be at most " + MAX_NAME_LENGTH + " characters");
    }
    return Optional.empty();
  }
}
