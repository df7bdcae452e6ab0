package dev.kythera.generation.domain.seed;

import static dev.kythera.generation.domain.seed.ShopSchema.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.generation.domain.seed.planner.SeedPlanner;
import dev.kythera.generation.domain.seed.row.ParentKeys;
import dev.kythera.generation.domain.seed.row.RowStream;
import dev.kythera.generation.domain.seed.row.SeedRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedRunTest {
  private final SeedPlanner planner = new SeedPlanner();

  @Test
  void appendModeUsesTheIdentityRangeTheWriterReports() {
    SeedPlan plan =
        planner.plan(
            ShopSchema.model(),
            SeedRequest.of(1, TableRequest.rows("orders", 200)),
            SeedLimits.unlimited());
    SeedRun run =
        SeedRun.of(plan)
            .withIdentityKeys((table, column, rows) -> ParentKeys.range(1_001, 1, rows));

    RowStream orders = run.rows(name("orders"));
    int customer = orders.columns().indexOf("customer_id");
    long customers = plan.require(name("customers")).rows();
    orders.forEachRemaining(
        row -> assertThat((Long) row[customer]).isBetween(1_001L, 1_000L + customers));
  }

  @Test
  void sequenceOffsetsKeepUniqueValuesApartFromAnEarlierRun() {
    SeedPlan plan =
        planner.plan(
            ShopSchema.model(),
            SeedRequest.of(1, TableRequest.rows("tags", 50)),
            SeedLimits.unlimited());
    List<Object> first = labels(SeedRun.of(plan));
    List<Object> second = labels(SeedRun.of(plan).withSequenceOffsets(table -> 50));

    assertThat(second).doesNotContainAnyElementsOf(first);
  }

  @Test
  void existingParentsComeFromTheWriter() {
    SeedPlan plan =
        planner.plan(
            ShopSchema.model(),
            SeedRequest.of(1, TableRequest.rows("orders", 100)).withExistingParents(),
            SeedLimits.unlimited());
    assertThat(plan.tables()).extracting(t -> t.table().name()).containsExactly("orders");
    SeedRun run =
        SeedRun.of(plan)
            .withExistingKeys(
                (table, columns) -> ParentKeys.of(List.of(new Object[] {7L}, new Object[] {9L})));

    RowStream orders = run.rows(name("orders"));
    int customer = orders.columns().indexOf("customer_id");
    orders.forEachRemaining(row -> assertThat(row[customer]).isIn(7L, 9L));
  }

  @Test
  void deferredFillsPointSelfReferencesAtEarlierRows() {
    SeedPlan plan =
        planner.plan(
            ShopSchema.model(),
            SeedRequest.of(1, TableRequest.rows("employees", 100)),
            SeedLimits.unlimited());
    DeferredFill managers =
        plan.deferredFills().stream()
            .filter(f -> f.table().name().equals("employees"))
            .findFirst()
            .orElseThrow();

    List<Object[]> updates = new ArrayList<>();
    SeedRun.of(plan).fills(managers).forEachRemaining(updates::add);

    assertThat(updates)
        .hasSizeBetween(70, 99)
        .allSatisfy(update -> assertThat((Long) update[0]).isLessThan((Long) update[1]));
  }

  private static List<Object> labels(SeedRun run) {
    List<Object> labels = new ArrayList<>();
    run.rows(name("tags")).forEachRemaining(row -> labels.add(row[0]));
    return labels;
  }
}
