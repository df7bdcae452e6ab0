package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.kernel.schema.TableStatistics;
import org.junit.jupiter.api.Test;

class SequentialScanRuleTest {
  private final SequentialScanRule rule = new SequentialScanRule();

  @Test
  void aLargeTableMostlyScannedIsReported() {
    assertThat(
            rule.check(
                model(
                    table("events")
                        .id()
                        .rows(2_000_000)
                        .statistics(new TableStatistics(400, 600, 0, 0)))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo("public.events");
              assertThat(f.detail()).contains("60%");
            });
  }

  @Test
  void indexedReadsSmallTablesAndMissingStatisticsAreFine() {
    assertThat(
            rule.check(
                model(
                    table("orders")
                        .id()
                        .rows(2_000_000)
                        .statistics(new TableStatistics(10, 990, 0, 0)),
                    table("countries").id().rows(250).statistics(new TableStatistics(900, 0, 0, 0)),
                    table("unknown").id().rows(2_000_000))))
        .isEmpty();
  }
}
