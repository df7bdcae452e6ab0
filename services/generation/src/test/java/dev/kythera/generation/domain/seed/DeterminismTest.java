package dev.kythera.generation.domain.seed;

import static dev.kythera.generation.domain.seed.ShopSchema.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.generation.domain.seed.planner.SeedPlanner;
import dev.kythera.generation.domain.seed.row.RowStream;
import dev.kythera.generation.domain.seed.row.SeedRun;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  private static final LocalDate ANCHOR = LocalDate.of(2025, 6, 1);

  private static SeedRequest request(long seed) {
    return SeedRequest.of(
            seed,
            TableRequest.rows("customers", 300),
            TableRequest.rows("orders", 500),
            TableRequest.perParent("order_items", "orders", 0, 4),
            TableRequest.rows("shipments", 100),
            TableRequest.rows("employees", 40),
            TableRequest.rows("product_tags", 80))
        .withAnchor(ANCHOR);
  }

  /** Every table's rows as text, keyed by table name without schema. */
  private static Map<String, List<String>> generate(SchemaModel model, long seed) {
    SeedPlan plan = new SeedPlanner().plan(model, request(seed), SeedLimits.unlimited());
    SeedRun run = SeedRun.of(plan);
    Map<String, List<String>> all = new TreeMap<>();
    for (TablePlan table : plan.tables()) {
      List<String> rows = new ArrayList<>();
      run.rows(table.table()).forEachRemaining(row -> rows.add(Arrays.deepToString(row)));
      all.put(table.table().name(), rows);
    }
    plan.deferredFills()
        .forEach(
            fill ->
                run.fills(fill)
                    .forEachRemaining(
                        update ->
                            all.computeIfAbsent("fill " + fill.foreignKey(), k -> new ArrayList<>())
                                .add(Arrays.deepToString(update))));
    return all;
  }

  @Test
  void theSamePlanAndSeedGiveTheSameRows() {
    assertThat(generate(ShopSchema.model(), 42)).isEqualTo(generate(ShopSchema.model(), 42));
  }

  @Test
  void anotherSeedGivesOtherRows() {
    Map<String, List<String>> first = generate(ShopSchema.model(), 42);
    Map<String, List<String>> second = generate(ShopSchema.model(), 43);
    assertThat(second.get("customers")).isNotEqualTo(first.get("customers"));
    assertThat(second.get("orders")).isNotEqualTo(first.get("orders"));
  }

  @Test
  void rowsDoNotDependOnTheEnginesSchemaName() {
    Map<String, List<String>> postgres = generate(ShopSchema.model("public", "postgresql"), 42);
    Map<String, List<String>> mysql = generate(ShopSchema.model("shop", "mysql"), 42);
    assertThat(mysql).isEqualTo(postgres);
  }

  @Test
  void aPreviewIsTheStartOfTheFullRun() {
    SeedPlan plan = new SeedPlanner().plan(ShopSchema.model(), request(5), SeedLimits.unlimited());
    for (QualifiedName table : List.of(name("customers"), name("order_items"), name("shipments"))) {
      RowStream preview = SeedRun.of(plan).preview(table, 10);
      RowStream full = SeedRun.of(plan).rows(table);
      while (preview.hasNext()) {
        assertThat(preview.next()).isEqualTo(full.next());
      }
      assertThat(preview.position()).isEqualTo(10);
    }
  }
}
