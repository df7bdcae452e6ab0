package dev.kythera.platform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kythera.platform.jobs.JobCancelledException;
import dev.kythera.platform.jobs.JobContext;
import dev.kythera.platform.jobs.JobHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A job for the cancel bench: it runs until cancelled, checking the flag every 0.2 ms, and notes
 * when it started and when it first saw the cancel ({@link System#nanoTime()}).
 */
@ApplicationScoped
public class WaitForCancelJobHandler implements JobHandler {
  public static final String TYPE = "platform.bench.wait-for-cancel";
  static final Map<UUID, Long> STARTED = new ConcurrentHashMap<>();
  static final Map<UUID, Long> SAW_CANCEL = new ConcurrentHashMap<>();

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public JsonNode run(JobContext context) {
    STARTED.put(context.jobId(), System.nanoTime());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (context.cancelled()) {
        SAW_CANCEL.put(context.jobId(), System.nanoTime());
        throw new JobCancelledException();
      }
      LockSupport.parkNanos(200_000);
    }
    throw new IllegalStateException("No cancel arrived within 60 s");
  }
}
