package dev.kythera.introspection.domain.heuristics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void snakeAndCamelNamesSplitIntoTheSameWords() {
    assertThat(Words.split("order_line_items")).containsExactly("order", "line", "items");
    assertThat(Words.split("orderLineItems")).containsExactly("order", "line", "items");
    assertThat(Words.split("HTTPRequestLog")).containsExactly("http", "request", "log");
    assertThat(Words.snake("customerOrder")).isEqualTo("customer_order");
    assertThat(Words.last("OrderItems")).isEqualTo("items");
  }

  @Test
  void pluralsAreToldBySpelling() {
    assertThat(Words.plural("orders")).isTrue();
    assertThat(Words.plural("categories")).isTrue();
    assertThat(Words.plural("people")).isTrue();
    assertThat(Words.plural("order")).isFalse();
    assertThat(Words.plural("address")).isFalse();
    assertThat(Words.plural("status")).isFalse();
    assertThat(Words.plural("analysis")).isFalse();
    assertThat(Words.plural("data")).isNull();
    assertThat(Words.plural("0001")).isNull();
  }

  @Test
  void singularAndFormsFollowTheSEsIesRules() {
    assertThat(Words.singular("categories")).isEqualTo("category");
    assertThat(Words.singular("addresses")).isEqualTo("address");
    assertThat(Words.singular("boxes")).isEqualTo("box");
    assertThat(Words.singular("orders")).isEqualTo("order");
    assertThat(Words.singular("status")).isEqualTo("status");
    assertThat(Words.forms("category"))
        .contains("category", "categorys", "categoryes", "categories");
    assertThat(Words.forms("status")).contains("statuses");
    assertThat(Words.singular("statuses")).isEqualTo("status");
    assertThat(Words.singular("people")).isEqualTo("person");
    assertThat(Words.forms("person")).contains("people");
  }
}
