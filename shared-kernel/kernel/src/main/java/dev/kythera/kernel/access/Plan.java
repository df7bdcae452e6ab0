package dev.kythera.kernel.access;

import java.util.Locale;
import java.util.Optional;

/** Subscription plans, ordered: starter &lt; pro &lt; enterprise. */
public enum Plan {
  STARTER,
  PRO,
  ENTERPRISE;

  /** True when this plan includes everything of the {@code required} plan. */
  public boolean includes(Plan required) {
    return ordinal() >= required.ordinal();
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Plan> fromWire(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (Plan plan : values()) {
      if (plan.wireName().equalsIgnoreCase(text.trim())) {
        return Optional.of(plan);
      }
    }
    return Optional.empty();
  }
}
