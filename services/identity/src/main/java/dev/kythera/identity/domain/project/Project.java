package dev.kythera.identity.domain.project;

import dev.kythera.identity.domain.validation.Violations;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.TeamId;
import dev.kythera.kernel.id.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Entity: the top-level container a team's connections, jobs and settings live in.
 *
 * @param teamId the owning team, empty for a personal project
 */
public record Project(
    ProjectId id,
    String name,
    String description,
    UserId ownerId,
    Optional<TeamId> teamId,
    Instant createdAt,
    Instant updatedAt) {

  public static final int MAX_NAME_LENGTH = 100;
  public static final int MAX_DESCRIPTION_LENGTH = 1000;

  public Project {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ownerId, "ownerId");
    teamId = teamId == null ? Optional.empty() : teamId;
    new Violations()
        .check(nameProblem(name), "name")
        .check(descriptionProblem(description), "description")
        .throwIfAny();
    name = name.strip();
    description = description == null || description.isBlank() ? null : description.strip();
  }

  /** A new personal project owned by {@code owner}. */
  public static Project create(String name, String description, UserId owner, Instant now) {
    return create(name, description, owner, Optional.empty(), now);
  }

  /** A new project owned by {@code owner}, in {@code team} when one is given. */
  public static Project create(
      String name, String description, UserId owner, Optional<TeamId> team, Instant now) {
    return new Project(ProjectId.random(), name, description, owner, team, now, now);
  }

  /** The project moved into {@code team}, or made personal when it is empty. */
  public Project withTeam(Optional<TeamId> team, Instant now) {
    return new Project(id, name, description, ownerId, team, createdAt, now);
  }

  /** The project with another primary owner (account deletion hands projects over). */
  public Project withOwner(UserId newOwner, Instant now) {
    return new Project(id, name, description, newOwner, teamId, createdAt, now);
  }

  /** The project with the given fields changed; null leaves a field as it is. */
  public Project edit(String newName, String newDescription, Instant now) {
    return new Project(
        id,
        newName == null ? name : newName,
        newDescription == null ? description : newDescription,
        ownerId,
        teamId,
        createdAt,
        now);
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

  /** Why {@code description} is not acceptable, or empty when it is (null is fine). */
  public static Optional<String> descriptionProblem(String description) {
    if (description != null && description.strip().length() > MAX_DESCRIPTION_LENGTH) {
      return Optional.of("must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
    }
    return Optional.empty();
  }
}
