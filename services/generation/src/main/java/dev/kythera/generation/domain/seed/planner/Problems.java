package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.PlanProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects the errors that refuse a plan and the warnings that travel with it. */
final class Problems {
  private final List<PlanProblem> errors = new ArrayList<>();
  private final List<PlanProblem> warnings = new ArrayList<>();

  void error(String field, String message) {
    errors.add(new PlanProblem(field, message));
  }

  void warn(String field, String message) {
    warnings.add(new PlanProblem(field, message));
  }

  boolean any() {
    return !errors.isEmpty();
  }

  List<PlanProblem> errors() {
    return List.copyOf(errors);
  }

  List<PlanProblem> warnings() {
    return List.copyOf(warnings);
  }
}
