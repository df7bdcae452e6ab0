package dev.kythera.gateway.adapter.out.audit;

import dev.kythera.gateway.adapter.config.GatewayConfig;
import dev.kythera.gateway.application.port.out.AuditRecorder;
import dev.kythera.gateway.domain.AuditEntry;
import dev.kythera.gateway.domain.Backend;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.OutboxWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Outbound adapter (Kafka via the platform's outbox): each audited request becomes one {@code
 * kythera.audit.recorded.v1} CloudEvent on {@code kythera.audit.events}, in the shape identity's
 * audit log reads (identity README, "Audit event"). The row is written in its own transaction on a
 * small pool of writer threads, never on the event loop; the outbox relay publishes it. A write
 * that fails, or an event that finds the queue full, is logged and dropped: the request it
 * describes has been answered already.
 */
@ApplicationScoped
public class OutboxAuditRecorder implements AuditRecorder {
  public static final String TYPE = EventTypes.AUDIT_RECORDED;
  private static final Logger LOG = Logger.getLogger(OutboxAuditRecorder.class);
  private static final long DROP_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

  private final OutboxWriter outbox;
  private final ThreadPoolExecutor writers;
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong lastDropLog =
      new AtomicLong(System.nanoTime() - DROP_LOG_INTERVAL_NANOS);

  public OutboxAuditRecorder(OutboxWriter outbox, GatewayConfig config) {
    this.outbox = outbox;
    int threads = Math.max(1, config.audit().writers());
    AtomicInteger count = new AtomicInteger();
    this.writers =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(Math.max(1, config.audit().maxPending())),
            task ->
                Thread.ofPlatform()
                    .name("audit-writer-" + count.incrementAndGet())
                    .daemon()
                    .unstarted(task));
  }

  @Override
  public void record(AuditEntry entry) {
    Map<String, Object> data = payload(entry);
    String key = entry.key();
    try {
      writers.execute(() -> write(entry, key, data));
    } catch (RejectedExecutionException e) {
      dropped(entry);
    }
  }

  private void write(AuditEntry entry, String key, Map<String, Object> data) {
    try {
      QuarkusTransaction.requiringNew()
          .run(() -> outbox.append(EventTypes.TOPIC_AUDIT, key, TYPE, key, data));
    } catch (RuntimeException e) {
      LOG.errorf(
          e,
          "Audit event of %s %s (status %d, requestId=%s) was not recorded",
          entry.method(),
          entry.path(),
          entry.status(),
          entry.requestId());
    }
  }

  private void dropped(AuditEntry entry) {
    long total = dropped.incrementAndGet();
    long now = System.nanoTime();
    long last = lastDropLog.get();
    if (now - last >= DROP_LOG_INTERVAL_NANOS && lastDropLog.compareAndSet(last, now)) {
      LOG.errorf(
          "Audit queue full: dropped the event of %s %s (requestId=%s); %d dropped so far",
          entry.method(), entry.path(), entry.requestId(), total);
    }
  }

  /** The platform's audit shape; request facts go into {@code details}. No bodies, no queries. */
  static Map<String, Object> payload(AuditEntry entry) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("method", entry.method());
    details.put("path", entry.path());
    details.put("status", entry.status() == 0 ? null : entry.status());
    details.put("service", entry.backend().map(Backend::configName).orElse(null));
    details.put("durationMillis", entry.durationMillis());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("action", entry.action());
    data.put("actorId", entry.actorId().map(UUID::toString).orElse(null));
    data.put("actorEmail", entry.actorEmail().orElse(null));
    data.put("projectId", entry.projectId().map(UUID::toString).orElse(null));
    data.put("outcome", entry.outcome().wireName());
    data.put("requestId", entry.requestId());
    data.put("occurredAt", entry.occurredAt().toString());
    data.put("details", details);
    return data;
  }

  /** Lets queued events reach the outbox before the application stops. */
  @PreDestroy
  void close() {
    writers.shutdown();
    try {
      if (!writers.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warnf("%d audit events were not written at shutdown", writers.getQueue().size());
        writers.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
