package dev.kythera.kernel.access;

import java.util.Locale;
import java.util.Optional;

/**
 * Platform roles, ordered: viewer &lt; qa &lt; dev &lt; admin &lt; super_admin.
 *
 * <p>super_admin passes every role check but is refused on project routes: it governs the platform
 * and never reads a customer's data.
 */
public enum Role {
  VIEWER,
  QA,
  DEV,
  ADMIN,
  SUPER_ADMIN;

  /** True when this role meets the minimum {@code required} role. */
  public boolean satisfies(Role required) {
    return this == SUPER_ADMIN || ordinal() >= required.ordinal();
  }

  /** The wire name, as in the reference: lower case with underscores. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromWire(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (Role role : values()) {
      if (role.wireName().equalsIgnoreCase(text.trim())) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
