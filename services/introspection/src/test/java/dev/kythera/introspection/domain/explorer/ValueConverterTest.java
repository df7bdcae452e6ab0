package dev.kythera.introspection.domain.explorer;

import static dev.kythera.introspection.domain.TestSchemas.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.TypeCategory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueConverterTest {

  private static Object convert(Object input, TypeCategory category) {
    return ValueConverter.convert(input, column("c", "t", category, true), "values.c");
  }

  private static void refused(Object input, TypeCategory category) {
    assertThatThrownBy(() -> convert(input, category))
        .isInstanceOf(KytheraException.class)
        .satisfies(
            e ->
                assertThat(((KytheraException) e).fieldErrors().get(0).field())
                    .isEqualTo("values.c"));
  }

  @Test
  void numbersKeepTheirPrecision() {
    assertThat(convert("42", TypeCategory.INTEGER)).isEqualTo(42L);
    assertThat(convert(BigInteger.TEN, TypeCategory.INTEGER)).isEqualTo(10L);
    assertThat(convert("18446744073709551615", TypeCategory.INTEGER))
        .isEqualTo(new BigInteger("18446744073709551615"));
    assertThat(convert(new BigDecimal("3.0"), TypeCategory.INTEGER)).isEqualTo(3L);
    assertThat(convert("12.50", TypeCategory.DECIMAL)).isEqualTo(new BigDecimal("12.50"));
    assertThat(convert(new BigDecimal("0.1"), TypeCategory.DECIMAL))
        .isEqualTo(new BigDecimal("0.1"));
    assertThat(convert("1.5", TypeCategory.FLOAT)).isEqualTo(1.5);
    refused("1.5", TypeCategory.INTEGER);
    refused("1 OR 1=1", TypeCategory.INTEGER);
    refused(true, TypeCategory.INTEGER);
    refused("abc", TypeCategory.DECIMAL);
  }

  @Test
  void booleansDatesAndTimesAreParsed() {
    assertThat(convert("true", TypeCategory.BOOLEAN)).isEqualTo(true);
    assertThat(convert("0", TypeCategory.BOOLEAN)).isEqualTo(false);
    assertThat(convert(false, TypeCategory.BOOLEAN)).isEqualTo(false);
    refused("maybe", TypeCategory.BOOLEAN);
    assertThat(convert("2024-05-31", TypeCategory.DATE)).isEqualTo(LocalDate.of(2024, 5, 31));
    assertThat(convert("13:45", TypeCategory.TIME)).isEqualTo(LocalTime.of(13, 45));
    assertThat(convert("13:45:00+02:00", TypeCategory.TIME))
        .isEqualTo(OffsetTime.of(13, 45, 0, 0, ZoneOffset.ofHours(2)));
    assertThat(convert("2024-05-31T13:45:00Z", TypeCategory.TIMESTAMP))
        .isEqualTo(OffsetDateTime.of(2024, 5, 31, 13, 45, 0, 0, ZoneOffset.UTC));
    assertThat(convert("2024-05-31 13:45:00-05:00", TypeCategory.TIMESTAMP))
        .isEqualTo(OffsetDateTime.of(2024, 5, 31, 13, 45, 0, 0, ZoneOffset.ofHours(-5)));
    assertThat(convert("2024-05-31T13:45:00.5", TypeCategory.TIMESTAMP))
        .isEqualTo(LocalDateTime.of(2024, 5, 31, 13, 45, 0, 500_000_000));
    assertThat(convert("2024-05-31", TypeCategory.TIMESTAMP))
        .isEqualTo(LocalDateTime.of(2024, 5, 31, 0, 0));
    refused("31/05/2024", TypeCategory.DATE);
    refused("yesterday", TypeCategory.TIMESTAMP);
  }

  @Test
  void uuidsBytesAndTextTypes() {
    UUID id = UUID.randomUUID();
    assertThat(convert(id.toString(), TypeCategory.UUID)).isEqualTo(id);
    refused("1-2-3-4-5", TypeCategory.UUID);
    assertThat((byte[]) convert("AQID", TypeCategory.BINARY)).containsExactly(1, 2, 3);
    refused("not base64!", TypeCategory.BINARY);
    assertThat(convert("{\"a\":1}", TypeCategory.JSON)).isEqualTo("{\"a\":1}");
    assertThat(convert(12, TypeCategory.TEXT)).isEqualTo("12");
    assertThat(convert(null, TypeCategory.TEXT)).isNull();
  }

  @Test
  void enumValuesMustBeKnown() {
    Column status =
        new Column(
            "status",
            1,
            "order_status",
            TypeCategory.ENUM,
            null,
            null,
            null,
            false,
            null,
            Identity.NONE,
            null,
            List.of("pending", "paid"),
            null);
    assertThat(ValueConverter.convert("paid", status, "filter")).isEqualTo("paid");
    assertThatThrownBy(() -> ValueConverter.convert("lost", status, "filter"))
        .hasMessageContaining("one of pending, paid");
  }
}
