package dev.kythera.kernel.access;

import java.util.Locale;
import java.util.Optional;

/** Access level a user holds on one project, ordered READ &lt; WRITE &lt; ADMIN &lt; OWNER. */
public enum ProjectPermission {
  READ,
  WRITE,
  ADMIN,
  OWNER;

  public boolean includes(ProjectPermission required) {
    return ordinal() >= required.ordinal();
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ProjectPermission> fromWire(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (ProjectPermission permission : values()) {
      if (permission.name().equalsIgnoreCase(text.trim())) {
        return Optional.of(permission);
      }
    }
    return Optional.empty();
  }
}
