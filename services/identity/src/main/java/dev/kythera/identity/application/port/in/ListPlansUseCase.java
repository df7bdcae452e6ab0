package dev.kythera.identity.application.port.in;

import dev.kythera.kernel.plan.PlanLimits;
import java.util.List;

/** Inbound port: the plan catalogue (public). */
public interface ListPlansUseCase {

  /** Every plan, cheapest first. */
  List<PlanLimits> plans();
}
