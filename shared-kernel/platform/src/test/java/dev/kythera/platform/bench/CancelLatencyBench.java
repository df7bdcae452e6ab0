package dev.kythera.platform.bench;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.OutboxWriter;
import dev.kythera.platform.jobs.Jobs;
import dev.kythera.platform.support.PlatformTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How long a cancel takes to reach a running job: from the moment identity's {@code POST
 * …/jobs/{jobId}/cancel} writes the cancel command to its outbox (the HTTP hop before that is not
 * included) through the relay, Kafka and the owning service's command consumer, to the handler
 * seeing {@code cancelled()}; and until the job is recorded {@code cancelled}. Not a test (the name
 * does not match Surefire's patterns):
 *
 * <pre>
 * mvn -o -B verify -pl shared-kernel/platform -Dtest=CancelLatencyBench \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dbench.runs=20
 * </pre>
 *
 * Prints a Markdown table and writes it to target/bench/cancel-latency.md.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class CancelLatencyBench {
  private static final int WARM_UP = 3;

  @Inject Jobs jobs;
  @Inject OutboxWriter outbox;
  @Inject ObjectMapper json;

  @Test
  void cancelLatency() throws Exception {
    int runs = Integer.getInteger("bench.runs", 20);
    UUID projectId = UUID.randomUUID();
    UUID userId = UUID.randomUUID();
    List<Double> toHandler = new ArrayList<>();
    List<Double> toRecorded = new ArrayList<>();
    for (int run = 0; run < WARM_UP + runs; run++) {
      UUID jobId =
          jobs.submit(
                  projectId,
                  userId,
                  WaitForCancelJobHandler.TYPE,
                  "cancel bench",
                  json.createObjectNode())
              .id();
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(5))
          .until(() -> WaitForCancelJobHandler.STARTED.containsKey(jobId));
      long sent = System.nanoTime();
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  outbox.append(
                      EventTypes.TOPIC_JOB_COMMANDS,
                      jobId.toString(),
                      EventTypes.JOB_CANCEL_REQUESTED,
                      jobId.toString(),
                      Map.of(
                          "jobId", jobId.toString(),
                          "projectId", projectId.toString(),
                          "requestedBy", userId.toString())));
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(1))
          .until(() -> WaitForCancelJobHandler.SAW_CANCEL.containsKey(jobId));
      double handlerMillis = (WaitForCancelJobHandler.SAW_CANCEL.get(jobId) - sent) / 1e6;
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(1))
          .until(() -> "cancelled".equals(jobs.get(projectId, jobId).status()));
      double recordedMillis = (System.nanoTime() - sent) / 1e6;
      if (run >= WARM_UP) {
        toHandler.add(handlerMillis);
        toRecorded.add(recordedMillis);
      }
    }
    String table =
        String.format(
            "Cancel latency, %d runs after %d warm-up runs, %d cores, one JVM (service, relay,"
                + " test broker), %s%n%n"
                + "| from the cancel command's outbox write to | p50 | p90 | max |%n"
                + "|---|---|---|---|%n"
                + "| the handler seeing `cancelled()` | %s | %s | %s |%n"
                + "| the job recorded `cancelled` (polled every 1 ms) | %s | %s | %s |%n",
            runs,
            WARM_UP,
            Runtime.getRuntime().availableProcessors(),
            java.time.LocalDate.now(),
            ms(pct(toHandler, 50)),
            ms(pct(toHandler, 90)),
            ms(Collections.max(toHandler)),
            ms(pct(toRecorded, 50)),
            ms(pct(toRecorded, 90)),
            ms(Collections.max(toRecorded)));
    System.out.println(table);
    Path out = Path.of("target/bench/cancel-latency.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);
  }

  private static double pct(List<Double> values, int percentile) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }

  private static String ms(double millis) {
    return String.format("%.1f ms", millis);
  }
}
