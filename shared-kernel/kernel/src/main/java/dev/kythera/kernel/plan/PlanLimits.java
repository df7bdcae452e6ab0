package dev.kythera.kernel.plan;

import dev.kythera.kernel.access.Plan;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Value object: what one plan allows. A limit that is absent is unlimited.
 *
 * @param plan the plan
 * @param displayName how the plan is shown to users
 * @param limits the bounded quantities; a missing key means no limit
 */
public record PlanLimits(Plan plan, String displayName, Map<PlanLimit, Long> limits) {
  public PlanLimits {
    Objects.requireNonNull(plan, "plan");
    EnumMap<PlanLimit, Long> copy = new EnumMap<>(PlanLimit.class);
    copy.putAll(limits);
    limits = Collections.unmodifiableMap(copy);
  }

  /** The bound, or empty when the plan has none. */
  public OptionalLong limit(PlanLimit limit) {
    Long value = limits.get(limit);
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /** True when {@code wanted} units fit (e.g. the 4th project when 3 exist). */
  public boolean allows(PlanLimit limit, long wanted) {
    OptionalLong bound = limit(limit);
    return bound.isEmpty() || wanted <= bound.getAsLong();
  }
}
