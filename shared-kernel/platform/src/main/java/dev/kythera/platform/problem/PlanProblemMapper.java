package dev.kythera.platform.problem;

import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.plan.PlanLimitExceededException;
import dev.kythera.platform.security.CallerContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Inbound adapter helper, shared by every service: a reached plan limit as 402 problem+json with
 * the extension members {@code requiredPlan} (null when no plan allows more), {@code currentPlan},
 * {@code limit} and {@code allowed}, so a client can offer the right upgrade without parsing the
 * detail. It is more specific than the generic domain mapper, so it wins for this exception.
 */
public class PlanProblemMapper {
  @Inject CallerContext caller;

  @ServerExceptionMapper
  public Response planLimit(PlanLimitExceededException e, UriInfo uri) {
    Problem problem = Problem.of(e.code(), e.getMessage(), uri.getPath(), traceId(), null);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.type());
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.detail());
    body.put("instance", problem.instance());
    body.put("code", problem.code());
    body.put("retryable", problem.retryable());
    body.put("traceId", problem.traceId());
    body.put("requiredPlan", e.requiredPlan().map(Plan::wireName).orElse(null));
    body.put("currentPlan", e.currentPlan().wireName());
    body.put("limit", e.limit().wireName());
    body.put("allowed", e.allowed());
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body).build();
  }

  private String traceId() {
    try {
      return caller.requestId().orElseGet(ProblemResponses::newTraceId);
    } catch (RuntimeException unavailable) {
      return ProblemResponses.newTraceId();
    }
  }
}
