package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.TestSchemas.TableBuilder;
import dev.kythera.kernel.schema.SchemaModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HealthAuditTest {

  @Test
  void findingsComeSortedBySeverityThenLocation() {
    SchemaModel model =
        model(
            table("zeta").text("x", 10, true),
            table("alpha").text("x", 10, true),
            table("orders")
                .id()
                .integer("customer_id", false)
                .foreignKey("customers", "customer_id"),
            table("customers").id());

    List<Finding> findings = HealthAudit.standard().audit(model);

    assertThat(findings).isNotEmpty();
    assertThat(findings.get(0).location()).isEqualTo("public.alpha");
    assertThat(findings.get(1).location()).isEqualTo("public.zeta");
    for (int i = 1; i < findings.size(); i++) {
      Finding before = findings.get(i - 1);
      Finding after = findings.get(i);
      assertThat(before.severity().compareTo(after.severity())).isLessThanOrEqualTo(0);
      if (before.severity() == after.severity()) {
        assertThat(before.location().compareTo(after.location())).isLessThanOrEqualTo(0);
      }
    }
  }

  @Test
  void aFailingRuleBecomesOneFindingAndTheOthersStillRun() {
    HealthRule broken =
        new HealthRule() {
          @Override
          public String code() {
            return "broken";
          }

          @Override
          public List<Finding> check(AuditContext context) {
            throw new IllegalStateException("boom");
          }
        };
    HealthAudit audit = new HealthAudit(List.of(broken, new MissingPrimaryKeyRule()));

    assertThat(audit.audit(model(table("events").text("x", 1, true))))
        .extracting(Finding::code)
        .containsExactlyInAnyOrder(HealthAudit.RULE_FAILED, MissingPrimaryKeyRule.CODE);
  }

  @Test
  void theStandardRulesHaveDistinctCodes() {
    List<String> codes = HealthAudit.standard().rules().stream().map(HealthRule::code).toList();

    assertThat(new HashSet<>(codes)).hasSameSizeAs(codes);
    assertThat(codes).hasSizeGreaterThanOrEqualTo(25);
  }

  @Test
  void aThousandTableSchemaIsAuditedQuicklyWithSensibleCounts() {
    int tables = 1_000;
    List<TableBuilder> builders = new ArrayList<>();
    for (int i = 0; i < tables; i++) {
      builders.add(generated(i));
    }
    SchemaModel model = model(builders.toArray(TableBuilder[]::new));

    long started = System.nanoTime();
    List<Finding> findings = HealthAudit.standard().audit(model);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    Map<String, Long> byCode =
        findings.stream().collect(Collectors.groupingBy(Finding::code, Collectors.counting()));
    long twoForeignKeys =
        java.util.stream.IntStream.range(1, tables).filter(i -> i % 2 == 0).count();
    assertThat(took).isLessThan(Duration.ofSeconds(10));
    assertThat(byCode)
        .doesNotContainKeys(
            MissingPrimaryKeyRule.CODE,
            DuplicateIndexRule.CODE,
            RedundantIndexRule.CODE,
            ForeignKeyCycleRule.CODE,
            NoRelationRule.CODE,
            DisconnectedTablesRule.CODE,
            ForeignKeyTypeMismatchRule.CODE,
            HealthAudit.RULE_FAILED);
    // the one index per table covers the first foreign key only
    assertThat(byCode.get(ForeignKeyWithoutIndexRule.CODE)).isEqualTo(twoForeignKeys);
    // every second foreign key column is nullable
    assertThat(byCode.get(NullableForeignKeyRule.CODE)).isEqualTo(twoForeignKeys);
    // nothing is commented: one schema-level finding each, not one per table
    assertThat(byCode.get(MissingTableCommentRule.CODE)).isEqualTo(1);
    assertThat(byCode.get(MissingColumnCommentRule.CODE)).isEqualTo(1);
    assertThat(byCode.get(NoNaturalKeyRule.CODE)).isEqualTo(tables);
    assertThat(findings).extracting(Finding::location).doesNotContainNull();
    assertThat(
            findings.stream()
                .collect(
                    Collectors.toMap(
                        f -> f.code() + f.location() + f.title(),
                        Function.identity(),
                        (a, b) -> a)))
        .hasSize(findings.size());
  }

  /**
   * Table {@code i}: 10 columns, an identity key, a foreign key to table {@code i-1}, a second
   * (nullable) one to table {@code i/2} for even {@code i}, and one index on the first (table 0,
   * without foreign keys, indexes a text column).
   */
  private static TableBuilder generated(int i) {
    TableBuilder table = table(String.format("item_%04d", i)).id();
    int columns = 1;
    if (i > 0) {
      String parent = String.format("item_%04d", i - 1);
      table.bigint("parent_id", false).foreignKey(parent, "parent_id");
      table.index(String.format("item_%04d_parent_idx", i), false, "parent_id");
      columns++;
    }
    if (i > 0 && i % 2 == 0) {
      table.bigint("other_id", true).foreignKey(String.format("item_%04d", i / 2), "other_id");
      columns++;
    }
    for (int c = columns; c < 10; c++) {
      table.text("field_" + c, 40, true);
    }
    if (i == 0) {
      table.index("item_0000_field_idx", false, "field_1");
    }
    return table;
  }
}
