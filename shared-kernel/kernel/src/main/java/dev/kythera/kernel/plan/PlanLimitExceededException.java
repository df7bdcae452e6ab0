package dev.kythera.kernel.plan;

import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import java.util.Optional;

/**
 * A plan limit was reached: 402 {@code PLAN_REQUIRED}, naming the plan that allows more (the REST
 * side adds {@code requiredPlan}, {@code currentPlan}, {@code limit} and {@code allowed} to the
 * problem).
 */
public class PlanLimitExceededException extends KytheraException {
  private final Plan currentPlan;
  private final PlanLimit limit;
  private final long allowed;
  private final Optional<Plan> requiredPlan;

  public PlanLimitExceededException(
      Plan currentPlan, PlanLimit limit, long allowed, Optional<Plan> requiredPlan) {
    super(ErrorCode.PLAN_REQUIRED, detail(currentPlan, limit, allowed, requiredPlan));
    this.currentPlan = currentPlan;
    this.limit = limit;
    this.allowed = allowed;
    this.requiredPlan = requiredPlan;
  }

  private static String detail(
      Plan current, PlanLimit limit, long allowed, Optional<Plan> required) {
    String base =
        "Your " + current.wireName() + " plan allows " + allowed + " " + limit.label() + "; ";
    return required
        .map(plan -> base + "the " + plan.wireName() + " plan allows more")
        .orElse(base + "no plan allows more");
  }

  public Plan currentPlan() {
    return currentPlan;
  }

  public PlanLimit limit() {
    return limit;
  }

  public long allowed() {
    return allowed;
  }

  public Optional<Plan> requiredPlan() {
    return requiredPlan;
  }
}
