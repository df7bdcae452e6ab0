package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.column;
import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.kernel.schema.TypeCategory;
import org.junit.jupiter.api.Test;

class FixedLengthCharRuleTest {
  private final FixedLengthCharRule rule = new FixedLengthCharRule();

  @Test
  void aCharColumnLongerThanOneIsReported() {
    assertThat(
            rule.check(
                model(
                    table("customers")
                        .id()
                        .column(column("name", "character(40)", TypeCategory.TEXT, false)))))
        .extracting(Finding::location)
        .containsExactly("public.customers.name");
  }

  @Test
  void singleCharFlagsAndVarcharAreFine() {
    assertThat(
            rule.check(
                model(
                    table("customers")
                        .id()
                        .column(column("active", "character(1)", TypeCategory.TEXT, false))
                        .text("name", 40, false))))
        .isEmpty();
  }
}
