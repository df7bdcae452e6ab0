package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.name;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.kernel.schema.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceExhaustionRuleTest {
  private final SequenceExhaustionRule rule = new SequenceExhaustionRule();

  private static Sequence sequence(String name, Long last, long max, long increment, String owner) {
    return new Sequence(name(name), "bigint", last, max, increment, owner);
  }

  private List<Finding> check(Sequence... sequences) {
    return rule.check(
        model(
            List.of(), List.of(sequences), table("orders").integer("id", false).primaryKey("id")));
  }

  @Test
  void above90PercentIsAWarningAndAbove98AnError() {
    List<Finding> findings =
        check(sequence("a_seq", 950L, 1000, 1, null), sequence("b_seq", 990L, 1000, 1, null));

    assertThat(findings)
        .extracting(Finding::location, Finding::severity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("public.a_seq", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("public.b_seq", Severity.ERROR));
  }

  @Test
  void aBigintSequenceFeedingAnIntegerColumnIsLimitedByTheColumn() {
    List<Finding> findings =
        check(sequence("orders_id_seq", 2_000_000_000L, Long.MAX_VALUE, 1, "public.orders.id"));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.detail()).contains("2147483647").contains("public.orders.id");
            });
  }

  @Test
  void healthyUnusedAndDescendingSequencesAreFine() {
    assertThat(
            check(
                sequence("half_seq", 500L, 1000, 1, null),
                sequence("unused_seq", null, 1000, 1, null),
                sequence("down_seq", 999L, 1000, -1, null),
                sequence("orders_id_seq", 1_000L, Long.MAX_VALUE, 1, "orders.id")))
        .isEmpty();
  }
}
