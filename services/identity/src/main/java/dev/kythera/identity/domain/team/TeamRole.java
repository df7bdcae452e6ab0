package dev.kythera.identity.domain.team;

import dev.kythera.kernel.access.ProjectPermission;
import java.util.Locale;
import java.util.Optional;

/**
 * A member's role inside one team, ordered viewer &lt; qa &lt; dev &lt; admin. Team admins manage
 * the team; every role reaches the team's projects with the permission {@link
 * #projectPermission()}.
 */
public enum TeamRole {
  VIEWER(ProjectPermission.READ),
  QA(ProjectPermission.WRITE),
  DEV(ProjectPermission.WRITE),
  ADMIN(ProjectPermission.ADMIN);

  private final ProjectPermission projectPermission;

  TeamRole(ProjectPermission projectPermission) {
    this.projectPermission = projectPermission;
  }

  /** The permission this role grants on every project of the team (never OWNER). */
  public ProjectPermission projectPermission() {
    return projectPermission;
  }

  public boolean includes(TeamRole required) {
    return ordinal() >= required.ordinal();
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TeamRole> fromWire(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (TeamRole role : values()) {
      if (role.wireName().equalsIgnoreCase(text.trim())) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
