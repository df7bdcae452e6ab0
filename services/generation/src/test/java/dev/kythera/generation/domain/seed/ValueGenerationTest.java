package dev.kythera.generation.domain.seed;

import static dev.kythera.generation.domain.seed.ShopSchema.name;
import static dev.kythera.generation.domain.seed.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.generation.domain.seed.planner.SeedPlanner;
import dev.kythera.generation.domain.seed.row.RowStream;
import dev.kythera.generation.domain.seed.row.SeedRun;
import dev.kythera.kernel.schema.SchemaModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueGenerationTest {
  private static final LocalDate ANCHOR = LocalDate.of(2025, 6, 1);
  private final SeedPlanner planner = new SeedPlanner();

  private static SeedRequest shopRequest(long seed) {
    return SeedRequest.of(
            seed,
            TableRequest.rows("customers", 200),
            TableRequest.rows("categories", 30),
            TableRequest.rows("products", 100),
            TableRequest.rows("tags", 20),
            TableRequest.rows("product_tags", 300),
            TableRequest.rows("orders", 300),
            TableRequest.perParent("order_items", "orders", 1, 5),
            TableRequest.rows("shipments", 200),
            TableRequest.rows("departments", 8),
            TableRequest.rows("employees", 60),
            TableRequest.rows("audit_log", 100),
            TableRequest.rows("settings", 20))
        .withAnchor(ANCHOR);
  }

  @Test
  void seedsTheShopSchemaWithEveryKeyAndConstraintHolding() {
    SchemaModel shop = ShopSchema.model();
    InMemoryTarget target =
        InMemoryTarget.seed(shop, planner.plan(shop, shopRequest(42), SeedLimits.unlimited()));

    target.assertIntegrity();
    assertThat(target.rows("products"))
        .allSatisfy(
            row -> {
              BigDecimal price = (BigDecimal) row.get("price");
              assertThat(price.signum()).isNotNegative();
              assertThat(price.scale()).isEqualTo(2);
              assertThat(price.precision()).isLessThanOrEqualTo(10);
            });
    assertThat(target.rows("order_items"))
        .allSatisfy(row -> assertThat((Long) row.get("quantity")).isBetween(1L, 1000L));
    assertThat(target.rows("orders"))
        .allSatisfy(
            row -> {
              assertThat(ShopSchema.STATUSES).contains((String) row.get("status"));
              OffsetDateTime ordered = (OffsetDateTime) row.get("ordered_at");
              OffsetDateTime shipped = (OffsetDateTime) row.get("shipped_at");
              assertThat(ordered.toLocalDate()).isBetween(ANCHOR.minusYears(3), ANCHOR);
              if (shipped != null) {
                assertThat(shipped).isAfterOrEqualTo(ordered);
              }
            });
    assertThat(target.rows("orders")).extracting(row -> row.get("shipped_at")).containsNull();
    assertThat(target.rows("employees"))
        .allSatisfy(
            row -> {
              LocalDate left = (LocalDate) row.get("left_on");
              if (left != null) {
                assertThat(left).isAfter((LocalDate) row.get("hired_on"));
              }
            });
  }

  @Test
  void compositeForeignKeysTakeEveryColumnFromOneParentRow() {
    SchemaModel shop = ShopSchema.model();
    InMemoryTarget target =
        InMemoryTarget.seed(shop, planner.plan(shop, shopRequest(8), SeedLimits.unlimited()));
    Set<List<Object>> items = new HashSet<>();
    target
        .rows("order_items")
        .forEach(row -> items.add(List.of(row.get("order_id"), row.get("line_no"))));

    assertThat(target.rows("shipments"))
        .isNotEmpty()
        .allSatisfy(
            row -> assertThat(items).contains(List.of(row.get("order_id"), row.get("line_no"))));
    assertThat(
            target.rows("order_items").stream().map(row -> row.get("line_no")).distinct().count())
        .as("line numbers restart per order")
        .isLessThanOrEqualTo(5);
  }

  @Test
  void shapesValuesToTheirColumns() {
    SchemaModel shop = ShopSchema.model();
    InMemoryTarget target =
        InMemoryTarget.seed(shop, planner.plan(shop, shopRequest(3), SeedLimits.unlimited()));

    assertThat(target.rows("customers"))
        .allSatisfy(
            row -> {
              assertThat((String) row.get("email")).contains("@").hasSizeLessThanOrEqualTo(254);
              assertThat((String) row.get("first_name")).isNotBlank().hasSizeLessThanOrEqualTo(60);
              assertThat(row.get("created_at")).isInstanceOf(OffsetDateTime.class);
            });
    assertThat(target.rows("countries"))
        .allSatisfy(row -> assertThat((String) row.get("code")).hasSize(2));
    assertThat(target.rows("audit_log"))
        .extracting(row -> row.get("payload"))
        .filteredOn(p -> p != null)
        .allSatisfy(
            json -> assertThat((String) json).startsWith("{").endsWith("}").contains("\"ref\":"));
    assertThat(target.rows("products")).extracting(row -> row.get("active")).contains(true, false);
    assertThat(target.rows("categories"))
        .allSatisfy(
            row -> {
              Long parent = (Long) row.get("parent_id");
              if (parent != null) {
                assertThat(parent).isLessThan((Long) row.get("id"));
              }
            });
  }

  @Test
  void keepsAUniqueEmailUniqueOverAHundredThousandRows() {
    SchemaModel shop = ShopSchema.model();
    SeedPlan plan =
        planner.plan(
            shop,
            SeedRequest.of(9, TableRequest.rows("customers", 100_000)),
            SeedLimits.unlimited());
    RowStream rows = SeedRun.of(plan).rows(name("customers"));
    int email = rows.columns().indexOf("email");

    Set<String> seen = new HashSet<>();
    while (rows.hasNext()) {
      seen.add(((String) rows.next()[email]).toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(seen).hasSize(100_000);
  }

  @Test
  void honoursLengthsPrecisionIntegerRangesAndSimpleChecks() {
    SchemaModel model =
        TestSchemas.model(
            table("things")
                .id()
                .text("label", 5, false)
                .character("code", 3, false)
                .numeric("ratio", 5, 3, false)
                .column(
                    TestSchemas.column(
                        "small", "smallint", dev.kythera.kernel.schema.TypeCategory.INTEGER, false))
                .integer("score", false)
                .date("since", false)
                .timestamp("starts_at", false)
                .timestamp("ends_at", false)
                .text("kind", 20, false)
                .unique("code")
                .check("score_range", "score > 0 AND score < 100")
                .check("kind_list", "kind IN ('a', 'b')")
                .check("since_floor", "since >= '2020-01-01'")
                .check("period", "ends_at > starts_at"));
    List<Map<String, Object>> rows = rows(model, "things", 2_000);

    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat((String) row.get("label")).hasSizeLessThanOrEqualTo(5);
              assertThat((String) row.get("code")).hasSize(3);
              BigDecimal ratio = (BigDecimal) row.get("ratio");
              assertThat(ratio.scale()).isEqualTo(3);
              assertThat(ratio.abs()).isLessThan(BigDecimal.valueOf(100));
              assertThat((Long) row.get("small")).isBetween(-32768L, 32767L);
              assertThat((Long) row.get("score")).isBetween(1L, 99L);
              assertThat((String) row.get("kind")).isIn("a", "b");
              assertThat((LocalDate) row.get("since")).isAfterOrEqualTo(LocalDate.of(2020, 1, 1));
              assertThat((OffsetDateTime) row.get("ends_at"))
                  .isAfter((OffsetDateTime) row.get("starts_at"));
            });
    assertThat(rows.stream().map(row -> row.get("code")).distinct().count()).isEqualTo(2_000);
  }

  @Test
  void appliesEveryKindOfOverride() {
    SchemaModel model =
        TestSchemas.model(
            table("people")
                .id()
                .text("nick", 30, false)
                .text("code", 20, false)
                .text("tier", 10, false)
                .text("note", 200, true)
                .integer("age", false)
                .date("joined", false)
                .text("origin", 40, false)
                .numeric("fee", 8, 2, false)
                .timestamp("seen_at", true));
    SeedRequest request =
        SeedRequest.of(
            5,
            TableRequest.rows("people", 5_000)
                .with(
                    new ColumnOverride.Provider("nick", "#{Name.firstName}"),
                    new ColumnOverride.Pattern("code", "[A-Z]{3}-[0-9]{4}"),
                    new ColumnOverride.Weighted(
                        "tier",
                        List.of(
                            new ColumnOverride.Choice("gold", 1),
                            new ColumnOverride.Choice("basic", 9))),
                    new ColumnOverride.NullRatio("note", 0.5),
                    new ColumnOverride.NumberRange(
                        "age", BigDecimal.valueOf(30), BigDecimal.valueOf(40)),
                    new ColumnOverride.DateRange(
                        "joined", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31)),
                    new ColumnOverride.Constant("origin", "import"),
                    new ColumnOverride.Sql("seen_at", "now()")));
    List<Map<String, Object>> rows = rows(model, request, "people");

    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat((String) row.get("nick")).matches("[\\p{L} '.-]+");
              assertThat((String) row.get("code")).matches("[A-Z]{3}-[0-9]{4}");
              assertThat((Long) row.get("age")).isBetween(30L, 40L);
              assertThat((LocalDate) row.get("joined"))
                  .isBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31));
              assertThat(row.get("origin")).isEqualTo("import");
              assertThat(row.get("seen_at")).isEqualTo(new SqlExpression("now()"));
            });
    long gold = rows.stream().filter(row -> row.get("tier").equals("gold")).count();
    assertThat(gold).isBetween(350L, 650L);
    long nulls = rows.stream().filter(row -> row.get("note") == null).count();
    assertThat(nulls).isBetween(2_200L, 2_800L);
  }

  private List<Map<String, Object>> rows(SchemaModel model, String table, long count) {
    return rows(
        model, SeedRequest.of(11, TableRequest.rows(table, count)).withAnchor(ANCHOR), table);
  }

  private List<Map<String, Object>> rows(SchemaModel model, SeedRequest request, String table) {
    SeedPlan plan = planner.plan(model, request, SeedLimits.unlimited());
    InMemoryTarget target = InMemoryTarget.seed(model, plan);
    target.assertIntegrity();
    return target.tables.get(TestSchemas.name(table));
  }
}
