package dev.kythera.introspection.domain.heuristics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.heuristics.CheckListParser.CheckList;
import org.junit.jupiter.api.Test;

class CheckListParserTest {

  @Test
  void aPlainInListIsRead() {
    assertThat(CheckListParser.parse("status IN ('new', 'paid', 'it''s')"))
        .contains(new CheckList("status", java.util.List.of("new", "paid", "it's")));
  }

  @Test
  void postgresAnyArrayFormsAreRead() {
    assertThat(
            CheckListParser.parse(
                "((status)::text = ANY ((ARRAY['new'::character varying, 'paid'::character"
                    + " varying])::text[]))"))
        .hasValueSatisfying(
            list -> {
              assertThat(list.column()).isEqualTo("status");
              assertThat(list.values()).containsExactly("new", "paid");
            });
    assertThat(CheckListParser.parse("CHECK ((kind = ANY (ARRAY['a'::text, 'b'::text])))"))
        .hasValueSatisfying(list -> assertThat(list.values()).containsExactly("a", "b"));
  }

  @Test
  void mysqlQuotingAndNumbersAreRead() {
    assertThat(CheckListParser.parse("(`status` in (_utf8mb4'new',_utf8mb4\\'paid\\'))"))
        .hasValueSatisfying(list -> assertThat(list.values()).containsExactly("new", "paid"));
    assertThat(CheckListParser.parse("\"level\" IN (1, 2, -3)"))
        .hasValueSatisfying(
            list -> {
              assertThat(list.column()).isEqualTo("level");
              assertThat(list.values()).containsExactly("1", "2", "-3");
            });
  }

  @Test
  void anythingMoreComplexIsNotAList() {
    assertThat(CheckListParser.parse("price > 0")).isEmpty();
    assertThat(CheckListParser.parse("status IN ('a', 'b') AND price > 0")).isEmpty();
    assertThat(CheckListParser.parse("(status IN ('a')) OR (status IS NULL)")).isEmpty();
    assertThat(CheckListParser.parse("status IN (lower(x), 'b')")).isEmpty();
    assertThat(CheckListParser.parse("status IN ()")).isEmpty();
    assertThat(CheckListParser.parse(null)).isEmpty();
  }
}
