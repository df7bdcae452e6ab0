package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.kernel.schema.TableStatistics;
import org.junit.jupiter.api.Test;

class UnusedTableRuleTest {
  private final UnusedTableRule rule = new UnusedTableRule();

  @Test
  void aTableNeverReadIsReported() {
    assertThat(
            rule.check(
                model(table("old_imports").id().statistics(new TableStatistics(0, 0, 40, 0)))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo("public.old_imports");
              assertThat(f.detail()).contains("40 inserts");
            });
  }

  @Test
  void tablesThatAreReadOrHaveNoStatisticsAreFine() {
    assertThat(
            rule.check(
                model(
                    table("orders").id().statistics(new TableStatistics(0, 5, 0, 0)),
                    table("customers").id().statistics(new TableStatistics(3, 0, 0, 0)),
                    table("sqlite_like").id())))
        .isEmpty();
  }
}
