package dev.kythera.generation.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.connectors.Engine;
import dev.kythera.generation.application.service.TargetFixtures.Target;
import dev.kythera.generation.domain.seed.SeedMode;
import dev.kythera.kernel.schema.SchemaModel;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Runs in its own JVM with a small fixed heap (the benchmark starts it with {@code -Xmx256m
 * -XX:+UseSerialGC}, as the services run): seeds {@code rows} orders into an existing PostgreSQL
 * database whose customers are seeded, and at every million rows prints the heap in use after a
 * full collection and the largest heap left after any collection since the previous line:
 *
 * <pre>MARK rows liveBytes maxAfterGcBytes collections elapsedNanos</pre>
 *
 * Arguments: database name, rows.
 */
public final class HeapProbe {
  private static final long STEP = 1_000_000;

  private HeapProbe() {}

  public static void main(String[] args) throws Exception {
    String database = args[0];
    long rows = Long.parseLong(args[1]);
    Target target =
        new Target(
            Engine.POSTGRESQL,
            database,
            new ConnectionDescriptor(
                Engine.POSTGRESQL, "127.0.0.1", 5432, database, "postgres", "", Map.of(), null),
            null);
    SchemaModel model = target.model();
    Set<String> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    AtomicLong maxAfterGc = new AtomicLong();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector)
          .addNotificationListener(
              (notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                    notification.getType())) {
                  return;
                }
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> pool :
                    info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                  if (heapPools.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                  }
                }
                maxAfterGc.accumulateAndGet(used, Math::max);
              },
              null,
              null);
    }
    long start = System.nanoTime();
    mark(0, maxAfterGc, start);
    long[] next = {STEP};
    Seeding.seed(
        target,
        model,
        Databases.orders(rows),
        SeedMode.APPEND,
        false,
        (fraction, message) -> {
          long written = written(message);
          if (written >= next[0]) {
            mark(written, maxAfterGc, start);
            next[0] = (written / STEP + 1) * STEP;
          }
          return true;
        });
    long elapsed = System.nanoTime() - start;
    if (next[0] <= rows) {
      mark(rows, maxAfterGc, start);
    }
    System.out.println("DONE " + elapsed);
  }

  /** Rows written so far, from a progress message such as {@code orders: 123 of 456 rows}. */
  private static long written(String message) {
    int colon = message.indexOf(": ");
    int of = message.indexOf(" of ");
    if (colon < 0 || of < colon) {
      return -1;
    }
    return Long.parseLong(message.substring(colon + 2, of));
  }

  private static void mark(long rows, AtomicLong maxAfterGc, long start) {
    long elapsed = System.nanoTime() - start;
    System.gc();
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long collections =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .mapToLong(GarbageCollectorMXBean::getCollectionCount)
            .sum();
    System.out.println(
        "MARK "
            + rows
            + " "
            + live
            + " "
            + maxAfterGc.getAndSet(0)
            + " "
            + collections
            + " "
            + elapsed);
  }
}
