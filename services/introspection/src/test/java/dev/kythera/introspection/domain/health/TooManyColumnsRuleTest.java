package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.introspection.domain.TestSchemas.TableBuilder;
import org.junit.jupiter.api.Test;

class TooManyColumnsRuleTest {

  private static TableBuilder wide(String name, int columns) {
    TableBuilder table = table(name).id();
    for (int i = 1; i < columns; i++) {
      table.integer("c" + i, true);
    }
    return table;
  }

  @Test
  void aTableOverTheDefaultOf50IsReported() {
    assertThat(new TooManyColumnsRule().check(model(wide("wide", 51), wide("fine", 50))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo("public.wide");
              assertThat(f.detail()).contains("51 columns");
            });
  }

  @Test
  void theThresholdIsConfigurable() {
    assertThat(new TooManyColumnsRule(5).check(model(wide("six", 6)))).hasSize(1);
    assertThat(new TooManyColumnsRule(5).check(model(wide("five", 5)))).isEmpty();
    assertThatThrownBy(() -> new TooManyColumnsRule(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
