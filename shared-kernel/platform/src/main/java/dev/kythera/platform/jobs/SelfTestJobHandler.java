package dev.kythera.platform.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A diagnostic job every service can run: it walks through {@code steps} steps of {@code
 * stepMillis} each, reporting progress, so operators (and the end-to-end test) can prove the whole
 * job pipeline — request, worker, progress events, projection, SSE, cancel — works.
 */
@ApplicationScoped
public class SelfTestJobHandler implements JobHandler {
  public static final String TYPE = "platform.selftest";
  private static final int MAX_STEPS = 1_000;
  private static final int MAX_STEP_MILLIS = 10_000;

  private final ObjectMapper json;

  public SelfTestJobHandler(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public JsonNode run(JobContext context) throws InterruptedException {
    int steps = clamp(context.params().path("steps").asInt(10), 1, MAX_STEPS);
    int stepMillis = clamp(context.params().path("stepMillis").asInt(100), 0, MAX_STEP_MILLIS);
    String failAt = context.params().path("failWith").asText("");
    for (int step = 1; step <= steps; step++) {
      sleepCheckingCancel(context, stepMillis);
      if (!failAt.isEmpty() && step == steps) {
        throw new IllegalStateException(failAt);
      }
      context.progress((double) step / steps, "Step " + step + " of " + steps);
    }
    ObjectNode result = json.createObjectNode();
    result.put("steps", steps);
    result.put("stepMillis", stepMillis);
    return result;
  }

  private static void sleepCheckingCancel(JobContext context, int millis)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    do {
      context.checkCancelled();
      long left = deadline - System.currentTimeMillis();
      if (left > 0) {
        Thread.sleep(Math.min(left, 20));
      }
    } while (System.currentTimeMillis() < deadline);
    context.checkCancelled();
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
