package dev.kythera.generation.domain.seed;

import static dev.kythera.generation.domain.seed.ShopSchema.name;
import static dev.kythera.generation.domain.seed.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.generation.domain.seed.planner.SeedPlanner;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.schema.SchemaModel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedPlannerTest {
  private static final LocalDate ANCHOR = LocalDate.of(2025, 6, 1);
  private final SchemaModel shop = ShopSchema.model();
  private final SeedPlanner planner = new SeedPlanner();

  private SeedPlan plan(TableRequest... tables) {
    return planner.plan(shop, SeedRequest.of(7, tables).withAnchor(ANCHOR), SeedLimits.unlimited());
  }

  private List<PlanProblem> problems(SchemaModel model, SeedLimits limits, SeedRequest request) {
    try {
      planner.plan(model, request, limits);
    } catch (InvalidSeedPlan invalid) {
      assertThat(invalid.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
      assertThat(invalid.fieldErrors()).hasSameSizeAs(invalid.problems());
      return invalid.problems();
    }
    throw new AssertionError("the plan was accepted");
  }

  private List<PlanProblem> problems(TableRequest... tables) {
    return problems(shop, SeedLimits.unlimited(), SeedRequest.of(7, tables));
  }

  @Test
  void ordersTablesParentsFirstAndAddsTheParentsTheirKeysNeed() {
    SeedPlan plan = plan(TableRequest.rows("orders", 100));

    assertThat(plan.tables())
        .extracting(t -> t.table().name())
        .containsExactly("countries", "customers", "orders");
    assertThat(plan.tables()).extracting(TablePlan::rows).containsExactly(4L, 20L, 100L);
    assertThat(plan.tables())
        .extracting(TablePlan::addedAsParent)
        .containsExactly(true, true, false);
    assertThat(plan.totalRows()).isEqualTo(124);
  }

  @Test
  void addedParentsAreCappedByWhatTheirUniqueColumnsHold() {
    SeedPlan plan = plan(TableRequest.rows("customers", 10_000));

    assertThat(plan.require(name("countries")).rows()).isEqualTo(1296);
    assertThat(plan.warnings()).extracting(PlanProblem::field).contains("tables.countries");
  }

  @Test
  void resolvesPerParentRatiosExactlyAndNumbersTheChildren() {
    SeedPlan plan =
        plan(
            TableRequest.rows("orders", 40), TableRequest.perParent("order_items", "orders", 1, 5));

    TablePlan items = plan.require(name("order_items"));
    assertThat(items.rows()).isBetween(40L, 200L);
    assertThat(items.foreignKeys())
        .filteredOn(k -> k.name().equals("order_items_order_id_fkey"))
        .extracting(ForeignKeyFill::distribution)
        .containsExactly(new Distribution.PerParent(1, 5));
    assertThat(items.values())
        .filteredOn(v -> v.name().equals("line_no"))
        .extracting(ValueColumn::unique)
        .containsExactly(new Uniqueness.Ordinal("order_items_pkey", "order_items_order_id_fkey"));
    assertThat(
            plan(
                    TableRequest.rows("orders", 40),
                    TableRequest.perParent("order_items", "orders", 1, 5))
                .require(name("order_items"))
                .rows())
        .isEqualTo(items.rows());
  }

  @Test
  void defersSelfReferencesAndTheEdgeThatBreaksTheCycle() {
    SeedPlan plan = plan(TableRequest.rows("departments", 5), TableRequest.rows("employees", 20));

    assertThat(plan.tables())
        .extracting(t -> t.table().name())
        .containsExactly("departments", "employees");
    assertThat(plan.deferredFills())
        .extracting(DeferredFill::foreignKey)
        .containsExactlyInAnyOrder("departments_manager_fk", "employees_manager_id_fkey");
    assertThat(plan.deferredFills())
        .allSatisfy(fill -> assertThat(fill.keyColumns()).containsExactly("id"));
    assertThat(plan.require(name("employees")).foreignKeys())
        .filteredOn(k -> k.name().equals("employees_department_id_fkey"))
        .extracting(ForeignKeyFill::mode)
        .containsExactly(FillMode.AT_INSERT);
  }

  @Test
  void selfReferencesFillEarlierRowsAfterInsert() {
    TablePlan categories = plan(TableRequest.rows("categories", 30)).require(name("categories"));

    assertThat(categories.foreignKeys())
        .singleElement()
        .satisfies(
            key -> {
              assertThat(key.mode()).isEqualTo(FillMode.AFTER_INSERT);
              assertThat(key.distribution()).isEqualTo(new Distribution.EarlierRow());
            });
    assertThat(categories.values())
        .filteredOn(v -> v.name().equals("name"))
        .extracting(ValueColumn::unique)
        .containsExactly(new Uniqueness.Counter("categories_parent_id_name_key"));
  }

  @Test
  void leavesIdentityAndGeneratedColumnsToTheDatabaseButGeneratesDefaultedNotNullOnes() {
    TablePlan customers = plan(TableRequest.rows("customers", 10)).require(name("customers"));

    assertThat(customers.omitted())
        .extracting(OmittedColumn::column)
        .containsExactlyInAnyOrder("id", "full_name");
    assertThat(customers.columns())
        .containsExactly(
            "email", "first_name", "last_name", "country_code", "referred_by", "created_at");
    assertThat(customers.values())
        .extracting(ValueColumn::kind)
        .containsExactly(
            ValueKind.EMAIL, ValueKind.FIRST_NAME, ValueKind.LAST_NAME, ValueKind.RECENT);
  }

  @Test
  void nullableColumnsWithADefaultAreLeftOutUnlessOverridden() {
    SchemaModel model =
        TestSchemas.model(
            table("notes")
                .id()
                .text("body", 200, false)
                .text("mood", 10, true)
                .columnDefault("mood", "'calm'"));
    SeedRequest plain = SeedRequest.of(1, TableRequest.rows("notes", 5));
    assertThat(
            planner
                .plan(model, plain, SeedLimits.unlimited())
                .require(TestSchemas.name("notes"))
                .omitted())
        .extracting(OmittedColumn::column)
        .contains("mood");

    SeedRequest overridden =
        SeedRequest.of(
            1, TableRequest.rows("notes", 5).with(new ColumnOverride.Constant("mood", "happy")));
    assertThat(
            planner
                .plan(model, overridden, SeedLimits.unlimited())
                .require(TestSchemas.name("notes"))
                .columns())
        .contains("mood");
  }

  @Test
  void makesCompositeKeysUniqueThroughTheirCombinations() {
    TablePlan tags = plan(TableRequest.rows("product_tags", 50)).require(name("product_tags"));

    assertThat(tags.combinations()).containsExactly(new UniqueCombination("product_tags_pkey", 2));
    assertThat(tags.foreignKeys())
        .extracting(ForeignKeyFill::distribution)
        .containsExactly(new Distribution.Digit(0, 0), new Distribution.Digit(0, 1));
  }

  @Test
  void refusesUnknownTablesColumnsAndBadCounts() {
    assertThat(
            problems(
                TableRequest.rows("nope", 5),
                TableRequest.rows("orders", 0),
                TableRequest.rows("customers", 5).with(new ColumnOverride.Constant("nope", "x")),
                TableRequest.rows("customer_orders", 5)))
        .extracting(PlanProblem::field)
        .containsExactlyInAnyOrder(
            "tables.nope",
            "tables.orders.count",
            "tables.customers.columns.nope",
            "tables.customer_orders");
  }

  @Test
  void refusesCountsAboveThePlanLimit() {
    assertThat(problems(shop, new SeedLimits(50), SeedRequest.of(1, TableRequest.rows("tags", 80))))
        .extracting(PlanProblem::field)
        .containsExactly("tables.tags.count");
    assertThat(
            problems(shop, new SeedLimits(100), SeedRequest.of(1, TableRequest.rows("orders", 90))))
        .extracting(PlanProblem::field)
        .containsExactly("tables");
  }

  @Test
  void refusesUniqueColumnsThatCannotHoldTheRows() {
    SchemaModel model =
        TestSchemas.model(
            table("flags").id().bool("active", false).unique("active"),
            table("tickets")
                .id()
                .enumeration("status", "ticket_status", List.of("open", "closed"), false)
                .unique("status"),
            table("codes").id().text("code", 2, false).unique("code"));

    List<PlanProblem> problems =
        problems(
            model,
            SeedLimits.unlimited(),
            SeedRequest.of(
                1,
                TableRequest.rows("flags", 10),
                TableRequest.rows("tickets", 3),
                TableRequest.rows("codes", 2000)));

    assertThat(problems)
        .extracting(PlanProblem::field)
        .containsExactlyInAnyOrder(
            "tables.flags.unique.flags_active_key",
            "tables.tickets.unique.tickets_status_key",
            "tables.codes.unique.codes_code_key");
    assertThat(problems)
        .extracting(PlanProblem::message)
        .anySatisfy(m -> assertThat(m).contains("boolean").contains("2 values"))
        .anySatisfy(m -> assertThat(m).contains("enum has only 2 values"))
        .anySatisfy(m -> assertThat(m).contains("1296"));
  }

  @Test
  void refusesANotNullForeignKeyToATableWithoutRows() {
    SchemaModel model =
        TestSchemas.model(
            table("owners").id().text("name", 40, false).rows(0),
            table("pets").id().bigint("owner_id", false).foreignKey("owners", "owner_id"));

    assertThat(
            problems(
                model,
                SeedLimits.unlimited(),
                SeedRequest.of(1, TableRequest.rows("pets", 5)).withExistingParents()))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.field()).isEqualTo("tables.pets.foreignKeys.pets_owner_id_fkey");
              assertThat(problem.message()).contains("0 rows");
            });
  }

  @Test
  void refusesPerParentRatiosThatDoNotFollowAForeignKey() {
    assertThat(
            problems(
                TableRequest.rows("customers", 5),
                TableRequest.perParent("order_items", "customers", 1, 3)))
        .extracting(PlanProblem::field)
        .containsExactly("tables.order_items.count.parent");
    assertThat(problems(TableRequest.perParent("categories", "categories", 1, 3)))
        .extracting(PlanProblem::field)
        .containsExactly("tables.categories.count.parent");
    assertThat(problems(TableRequest.perParent("orders", "customers", 3, 1)))
        .extracting(PlanProblem::field)
        .containsExactly("tables.orders.count");
  }

  @Test
  void refusesIllFormedOverrides() {
    assertThat(
            problems(
                TableRequest.rows("products", 5)
                    .with(
                        new ColumnOverride.Pattern("sku", "[A-Z"),
                        new ColumnOverride.Constant("price", "cheap"),
                        new ColumnOverride.NullRatio("name", 0.5),
                        new ColumnOverride.Provider("category_id", "#{Name.firstName}")),
                TableRequest.rows("order_items", 5)
                    .with(
                        new ColumnOverride.NumberRange(
                            "quantity",
                            java.math.BigDecimal.valueOf(2000),
                            java.math.BigDecimal.valueOf(3000)))))
        .extracting(PlanProblem::field)
        .containsExactlyInAnyOrder(
            "tables.products.columns.sku",
            "tables.products.columns.price",
            "tables.products.columns.name",
            "tables.products.columns.category_id",
            "tables.order_items.columns.quantity");
  }

  @Test
  void refusesOverridesThatCannotStayUnique() {
    SchemaModel model =
        TestSchemas.model(
            table("codes")
                .id()
                .integer("number", false)
                .text("tier", 10, false)
                .unique("number")
                .unique("tier"));
    SeedRequest request =
        SeedRequest.of(
            1,
            TableRequest.rows("codes", 10)
                .with(
                    new ColumnOverride.Pattern("number", "[1-9]{3}"),
                    new ColumnOverride.Weighted(
                        "tier",
                        List.of(
                            new ColumnOverride.Choice("a", 1),
                            new ColumnOverride.Choice("a", 2)))));

    assertThat(problems(model, SeedLimits.unlimited(), request))
        .extracting(PlanProblem::field)
        .containsExactlyInAnyOrder(
            "tables.codes.unique.codes_number_key",
            "tables.codes.columns.tier",
            "tables.codes.unique.codes_tier_key");
  }

  @Test
  void refusesCyclesWithoutABreakableKey() {
    SchemaModel model =
        TestSchemas.model(
            table("a").id().bigint("b_id", false).foreignKey("b", "b_id"),
            table("b").id().bigint("a_id", false).foreignKey("a", "a_id"));

    assertThat(
            problems(model, SeedLimits.unlimited(), SeedRequest.of(1, TableRequest.rows("a", 5))))
        .extracting(PlanProblem::message)
        .anySatisfy(m -> assertThat(m).contains("cycle"));
  }

  @Test
  void warnsAboutChecksItCannotRead() {
    SchemaModel model =
        TestSchemas.model(
            table("codes").id().text("code", 10, false).check("codes_upper", "code ~ '^[A-Z]+$'"));

    SeedPlan plan =
        planner.plan(
            model, SeedRequest.of(1, TableRequest.rows("codes", 3)), SeedLimits.unlimited());

    assertThat(plan.warnings())
        .extracting(PlanProblem::field)
        .containsExactly("tables.codes.checks.codes_upper");
  }

  @Test
  void derivesTheNullableSideOfAColumnComparison() {
    SeedPlan plan = plan(TableRequest.rows("orders", 5), TableRequest.rows("employees", 5));

    ValueColumn shipped = value(plan.require(name("orders")), "shipped_at");
    assertThat(shipped.rules().comparisons())
        .extracting(c -> c.other())
        .containsExactly("ordered_at");
    ValueColumn left = value(plan.require(name("employees")), "left_on");
    assertThat(left.rules().comparisons()).extracting(c -> c.op().symbol()).containsExactly(">");
    assertThat(plan.require(name("orders")).values())
        .extracting(ValueColumn::name)
        .containsSubsequence("ordered_at", "shipped_at");
  }

  static ValueColumn value(TablePlan table, String column) {
    return table.values().stream().filter(v -> v.name().equals(column)).findFirst().orElseThrow();
  }
}
