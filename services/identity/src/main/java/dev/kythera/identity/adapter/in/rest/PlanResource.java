package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.ListPlansUseCase;
import dev.kythera.kernel.plan.PlanLimit;
import dev.kythera.kernel.plan.PlanLimits;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): the public plan catalogue; a null limit means unlimited. */
@Path("/api/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {
  private final ListPlansUseCase plans;

  public PlanResource(ListPlansUseCase plans) {
    this.plans = plans;
  }

  /** One plan: {@code id} (wire name), display name, rank (0 = cheapest) and limits. */
  public record PlanResponse(String id, String name, int rank, Map<String, Long> limits) {
    static PlanResponse of(PlanLimits plan) {
      Map<String, Long> limits = new LinkedHashMap<>();
      for (PlanLimit limit : PlanLimit.values()) {
        limits.put(limit.wireName(), plan.limits().get(limit));
      }
      return new PlanResponse(
          plan.plan().wireName(), plan.displayName(), plan.plan().ordinal(), limits);
    }
  }

  @GET
  @Operation(summary = "Plans starter < pro < enterprise with their limits (null = unlimited)")
  public Response list() {
    List<PlanResponse> body = plans.plans().stream().map(PlanResponse::of).toList();
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(body).cacheControl(cache).build();
  }
}
