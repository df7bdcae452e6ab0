package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.ListPlansUseCase;
import dev.kythera.kernel.plan.PlanCatalogue;
import dev.kythera.kernel.plan.PlanLimits;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Serves the plan catalogue. */
@ApplicationScoped
public class PlansService implements ListPlansUseCase {
  @Override
  public List<PlanLimits> plans() {
    return PlanCatalogue.all();
  }
}
