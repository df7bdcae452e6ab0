package dev.kythera.kernel.plan;

import dev.kythera.kernel.access.Plan;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Domain rule: the one plan catalogue (starter &lt; pro &lt; enterprise) and its limits. Every
 * limit check in identity goes through {@link #require}; other services read the same numbers from
 * {@code GET /api/plans} or from this class, which lives in the kernel for them.
 */
public final class PlanCatalogue {
  private static final List<PlanLimits> PLANS =
      List.of(
          new PlanLimits(
              Plan.STARTER,
              "Starter",
              Map.of(
                  PlanLimit.PROJECTS_PER_USER, 3L,
                  PlanLimit.CONNECTIONS_PER_PROJECT, 2L,
                  PlanLimit.MEMBERS_PER_TEAM, 5L,
                  PlanLimit.ROWS_PER_SEED_JOB, 10_000L,
                  PlanLimit.SCHEDULED_SCANS, 0L)),
          new PlanLimits(
              Plan.PRO,
              "Pro",
              Map.of(
                  PlanLimit.PROJECTS_PER_USER, 25L,
                  PlanLimit.CONNECTIONS_PER_PROJECT, 10L,
                  PlanLimit.MEMBERS_PER_TEAM, 25L,
                  PlanLimit.ROWS_PER_SEED_JOB, 1_000_000L,
                  PlanLimit.SCHEDULED_SCANS, 10L)),
          new PlanLimits(
              Plan.ENTERPRISE, "Enterprise", Map.of(PlanLimit.ROWS_PER_SEED_JOB, 100_000_000L)));

  private PlanCatalogue() {}

  /** Every plan, cheapest first. */
  public static List<PlanLimits> all() {
    return PLANS;
  }

  public static PlanLimits of(Plan plan) {
    return PLANS.stream().filter(p -> p.plan() == plan).findFirst().orElseThrow();
  }

  /** The cheapest plan that allows {@code wanted} units, empty when none does. */
  public static Optional<Plan> cheapestAllowing(PlanLimit limit, long wanted) {
    return PLANS.stream().filter(p -> p.allows(limit, wanted)).map(PlanLimits::plan).findFirst();
  }

  /**
   * Passes when {@code current} allows {@code wanted} units of {@code limit}; otherwise throws a
   * 402 naming the plan that would.
   */
  public static void require(Plan current, PlanLimit limit, long wanted) {
    PlanLimits limits = of(current);
    if (!limits.allows(limit, wanted)) {
      throw new PlanLimitExceededException(
          current, limit, limits.limit(limit).orElseThrow(), cheapestAllowing(limit, wanted));
    }
  }
}
