package dev.kythera.generation.domain.seed;

import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import java.util.List;

/**
 * The request cannot be seeded as asked; nothing was written. Carries every problem found, each as
 * a field error, so the client sees them all at once.
 */
public class InvalidSeedPlan extends KytheraException {
  private final List<PlanProblem> problems;

  public InvalidSeedPlan(List<PlanProblem> problems) {
    super(ErrorCode.VALIDATION_FAILED, detail(problems));
    this.problems = List.copyOf(problems);
    problems.forEach(problem -> withField(problem.field(), problem.message()));
  }

  private static String detail(List<PlanProblem> problems) {
    return problems.size() == 1
        ? "The seed plan is not valid: " + problems.get(0).message()
        : "The seed plan is not valid: " + problems.size() + " problems";
  }

  public List<PlanProblem> problems() {
    return problems;
  }
}
