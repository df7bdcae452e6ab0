package dev.kythera.generation.domain.seed;

import static dev.kythera.generation.domain.seed.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.generation.domain.seed.planner.SeedPlanner;
import dev.kythera.generation.domain.seed.row.RowStream;
import dev.kythera.generation.domain.seed.row.SeedRun;
import dev.kythera.kernel.schema.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamingTest {

  /** A realistic 8-column table with a foreign key, as in the benchmark. */
  static SchemaModel eventsSchema() {
    return TestSchemas.model(
        table("accounts").id().text("email", 254, false).unique("email"),
        table("events")
            .id()
            .bigint("account_id", false)
            .text("email", 254, false)
            .enumeration("status", "event_status", List.of("new", "done", "failed"), false)
            .numeric("amount", 10, 2, false)
            .timestamp("created_at", false)
            .text("note", 200, true)
            .bool("active", false)
            .unique("email")
            .foreignKey("accounts", "account_id"));
  }

  @Test
  void streamsAMillionRowsInConstantMemory() {
    SeedPlan plan =
        new SeedPlanner()
            .plan(
                eventsSchema(),
                SeedRequest.of(1, TableRequest.rows("events", 1_000_000)),
                SeedLimits.unlimited());
    RowStream rows = SeedRun.of(plan).rows(TestSchemas.name("events"));
    Runtime runtime = Runtime.getRuntime();
    long start = System.nanoTime();
    long before = 0;
    long count = 0;
    while (rows.hasNext()) {
      Object[] row = rows.next();
      assertThat(row).hasSize(7);
      if (++count == 100_000) {
        before = usedAfterGc(runtime);
      }
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    long grown = usedAfterGc(runtime) - before;

    assertThat(count).isEqualTo(1_000_000).isEqualTo(rows.position());
    assertThat(seconds).as("seconds for 1M rows").isLessThan(15);
    assertThat(grown).as("heap growth over 900k rows").isLessThan(32L * 1024 * 1024);
  }

  private static long usedAfterGc(Runtime runtime) {
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
