package dev.kythera.generation.domain.seed;

import static dev.kythera.generation.domain.seed.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.generation.domain.seed.check.Bound;
import dev.kythera.generation.domain.seed.check.CheckParser;
import dev.kythera.generation.domain.seed.check.ColumnComparison;
import dev.kythera.generation.domain.seed.check.CompareOp;
import dev.kythera.generation.domain.seed.check.TableChecks;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckParserTest {

  private static TableChecks checks(String... expressions) {
    var builder =
        table("t")
            .integer("quantity", false)
            .numeric("price", 10, 2, false)
            .text("status", 20, false)
            .text("code", 10, false)
            .date("starts_on", false)
            .date("ends_on", true)
            .timestamp("ordered_at", false)
            .timestamp("shipped_at", true);
    for (int i = 0; i < expressions.length; i++) {
      builder.check("c" + i, expressions[i]);
    }
    return CheckParser.parse(builder.build());
  }

  @Test
  void readsRangesAsEachEnginePrintsThem() {
    assertThat(checks("quantity BETWEEN 1 AND 1000").rulesOf("quantity").lower())
        .isEqualTo(new Bound("1", true));
    assertThat(
            checks("CHECK (((quantity >= 1) AND (quantity <= 1000)))").rulesOf("quantity").upper())
        .isEqualTo(new Bound("1000", true));
    assertThat(checks("(`quantity` between 1 and 1000)").rulesOf("quantity").upper())
        .isEqualTo(new Bound("1000", true));
    assertThat(checks("CHECK ((price >= (0)::numeric))").rulesOf("price").lower())
        .isEqualTo(new Bound("0", true));
    assertThat(checks("CHECK (price >= 0::numeric)").rulesOf("price").lower())
        .isEqualTo(new Bound("0", true));
    TableChecks open = checks("quantity > 0 AND quantity < 100");
    assertThat(open.rulesOf("quantity").lower()).isEqualTo(new Bound("0", false));
    assertThat(open.rulesOf("quantity").upper()).isEqualTo(new Bound("100", false));
    assertThat(checks("0 < quantity").rulesOf("quantity").lower()).isEqualTo(new Bound("0", false));
    assertThat(checks("quantity >= -5").rulesOf("quantity").lower())
        .isEqualTo(new Bound("-5", true));
    assertThat(open.unsupported()).isEmpty();
  }

  @Test
  void readsValueListsInEveryDialect() {
    List<String> statuses = List.of("pending", "paid");
    assertThat(checks("status IN ('pending', 'paid')").rulesOf("status").allowed())
        .isEqualTo(statuses);
    assertThat(
            checks(
                    "CHECK (((status)::text = ANY ((ARRAY['pending'::character varying, 'paid'::character varying])::text[])))")
                .rulesOf("status")
                .allowed())
        .isEqualTo(statuses);
    assertThat(
            checks("CHECK (status = ANY (ARRAY['pending'::text, 'paid'::text]))")
                .rulesOf("status")
                .allowed())
        .isEqualTo(statuses);
    assertThat(
            checks("(`status` in (_utf8mb4\\'pending\\',_utf8mb4\\'paid\\'))")
                .rulesOf("status")
                .allowed())
        .isEqualTo(statuses);
    assertThat(checks("status = 'pending' OR status = 'paid'").rulesOf("status").allowed())
        .isEqualTo(statuses);
  }

  @Test
  void readsComparisonsBetweenColumnsBehindANullTest() {
    TableChecks checks =
        checks(
            "CHECK (shipped_at IS NULL OR shipped_at >= ordered_at)",
            "((`ends_on` is null) or (`ends_on` > `starts_on`))");
    assertThat(checks.comparisons())
        .containsExactly(
            new ColumnComparison("shipped_at", CompareOp.GE, "ordered_at", "c0"),
            new ColumnComparison("ends_on", CompareOp.GT, "starts_on", "c1"));
    assertThat(checks.unsupported()).isEmpty();
  }

  @Test
  void readsLengthsAndNonEmptyText() {
    TableChecks checks = checks("char_length(code) = 3", "code <> ''", "length(status) <= 8");
    assertThat(checks.rulesOf("code").minLength()).isEqualTo(3);
    assertThat(checks.rulesOf("code").maxLength()).isEqualTo(3);
    assertThat(checks.rulesOf("status").maxLength()).isEqualTo(8);
  }

  @Test
  void reportsWhatItCannotReadAndKeepsTheReadableParts() {
    TableChecks checks =
        checks(
            "code ~ '^[A-Z]+$'",
            "quantity % 2 = 0",
            "quantity >= 1 AND lower(code) = code",
            "status LIKE 'p%'");
    assertThat(checks.unsupported())
        .extracting(c -> c.name())
        .containsExactly("c0", "c1", "c2", "c3");
    assertThat(checks.rulesOf("quantity").lower()).isEqualTo(new Bound("1", true));
  }

  @Test
  void flagsContradictions() {
    assertThat(checks("quantity > 10 AND quantity < 5").rulesOf("quantity").contradictory())
        .isTrue();
    assertThat(checks("status IN ('a') AND status IN ('b')").rulesOf("status").contradictory())
        .isTrue();
    assertThat(checks("quantity >= 5 AND quantity <= 5").rulesOf("quantity").contradictory())
        .isFalse();
  }
}
