package dev.kythera.introspection.domain.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.connectors.Engine;
import dev.kythera.kernel.schema.QualifiedName;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SqlDialectTest {

  @Test
  void eachEngineHasItsDialect() {
    assertThat(SqlDialect.of(Engine.POSTGRESQL)).isSameAs(SqlDialect.POSTGRESQL);
    assertThat(SqlDialect.of(Engine.MYSQL)).isSameAs(SqlDialect.MYSQL);
    assertThat(SqlDialect.of(Engine.SQLITE)).isSameAs(SqlDialect.SQLITE);
  }

  @Test
  void postgresAndSqliteQuoteWithDoubleQuotesAndDoubleEmbeddedOnes() {
    for (SqlDialect dialect : new SqlDialect[] {SqlDialect.POSTGRESQL, SqlDialect.SQLITE}) {
      assertThat(dialect.quote("orders")).isEqualTo("\"orders\"");
      assertThat(dialect.quote("id\" OR 1=1 --")).isEqualTo("\"id\"\" OR 1=1 --\"");
      assertThat(dialect.quote("`x`")).isEqualTo("\"`x`\"");
    }
  }

  @Test
  void mysqlQuotesWithBackticksAndDoublesEmbeddedBackticks() {
    assertThat(SqlDialect.MYSQL.quote("key")).isEqualTo("`key`");
    assertThat(SqlDialect.MYSQL.quote("`x`; DROP TABLE t")).isEqualTo("```x``; DROP TABLE t`");
    assertThat(SqlDialect.MYSQL.quote("a\"b")).isEqualTo("`a\"b`");
  }

  @Test
  void tablesAreSchemaQualified() {
    QualifiedName name = new QualifiedName("shop", "order items");
    assertThat(SqlDialect.POSTGRESQL.table(name)).isEqualTo("\"shop\".\"order items\"");
    assertThat(SqlDialect.MYSQL.table(name)).isEqualTo("`shop`.`order items`");
    assertThat(SqlDialect.SQLITE.table(new QualifiedName("main", "t"))).isEqualTo("\"main\".\"t\"");
  }

  @Test
  void identifiersThatCannotBeQuotedAreRefused() {
    assertThatThrownBy(() -> SqlDialect.POSTGRESQL.quote("a\0b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SqlDialect.MYSQL.quote(""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pagingIsLimitAndOffset() {
    assertThat(SqlDialect.POSTGRESQL.page(51, 0)).isEqualTo(" LIMIT 51");
    assertThat(SqlDialect.MYSQL.page(51, 100)).isEqualTo(" LIMIT 51 OFFSET 100");
    assertThat(SqlDialect.SQLITE.page(3, 6)).isEqualTo(" LIMIT 3 OFFSET 6");
    assertThatThrownBy(() -> SqlDialect.POSTGRESQL.page(-1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void caseInsensitiveMatchingAndTextCastsDifferByEngine() {
    assertThat(SqlDialect.POSTGRESQL.ilike("\"email\"")).isEqualTo("\"email\" ILIKE ?");
    assertThat(SqlDialect.MYSQL.ilike("`email`")).isEqualTo("LOWER(`email`) LIKE LOWER(?)");
    assertThat(SqlDialect.POSTGRESQL.asText("\"id\"")).isEqualTo("CAST(\"id\" AS text)");
    assertThat(SqlDialect.MYSQL.asText("`id`")).isEqualTo("CAST(`id` AS char)");
  }

  @Test
  void textDatesUseTheSqlFormSqliteWritesItself() {
    assertThat(SqlDialect.SQLITE.temporalText(LocalDateTime.of(2024, 5, 31, 13, 45)))
        .isEqualTo("2024-05-31 13:45:00");
    assertThat(
            SqlDialect.SQLITE.temporalText(
                OffsetDateTime.of(2024, 5, 31, 13, 45, 0, 500_000_000, ZoneOffset.ofHours(2))))
        .isEqualTo("2024-05-31 11:45:00.5");
    assertThat(SqlDialect.SQLITE.temporalText(LocalDate.of(2024, 5, 31))).isEqualTo("2024-05-31");
    assertThat(SqlDialect.SQLITE.temporalText(LocalTime.of(7, 5))).isEqualTo("07:05:00");
  }
}
