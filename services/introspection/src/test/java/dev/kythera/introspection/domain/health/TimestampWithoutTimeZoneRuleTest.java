package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.column;
import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.kernel.schema.TypeCategory;
import org.junit.jupiter.api.Test;

class TimestampWithoutTimeZoneRuleTest {
  private final TimestampWithoutTimeZoneRule rule = new TimestampWithoutTimeZoneRule();

  @Test
  void aTimestampWithoutTimeZoneIsReported() {
    assertThat(
            rule.check(
                model(
                    table("orders")
                        .id()
                        .column(
                            column(
                                "placed_at",
                                "timestamp(3) without time zone",
                                TypeCategory.TIMESTAMP,
                                false)))))
        .extracting(Finding::location)
        .containsExactly("public.orders.placed_at");
  }

  @Test
  void timestamptzAndOtherEnginesTimestampsAreFine() {
    assertThat(
            rule.check(
                model(
                    table("orders")
                        .id()
                        .timestamp("placed_at", false)
                        .column(column("shipped_at", "datetime", TypeCategory.TIMESTAMP, true)))))
        .isEmpty();
  }
}
