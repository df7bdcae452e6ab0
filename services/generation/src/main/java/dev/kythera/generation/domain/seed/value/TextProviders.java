package dev.kythera.generation.domain.seed.value;

import dev.kythera.generation.domain.seed.ValueKind;
import java.util.Locale;
import java.util.function.Function;
import net.datafaker.Faker;

/** The Datafaker call behind each text kind; their values are pooled per column. */
final class TextProviders {
  private TextProviders() {}

  /** The Datafaker call behind a text kind. */
  static Function<Faker, String> of(ValueKind kind) {
    return switch (kind) {
      case EMAIL -> faker -> faker.internet().emailAddress();
      case FIRST_NAME -> faker -> faker.name().firstName();
      case LAST_NAME -> faker -> faker.name().lastName();
      case FULL_NAME -> faker -> faker.name().fullName();
      case USERNAME -> faker -> faker.credentials().username();
      case PHONE -> faker -> faker.phoneNumber().cellPhone();
      case STREET -> faker -> faker.address().streetAddress();
      case CITY -> faker -> faker.address().city();
      case ZIP -> faker -> faker.address().zipCode();
      case STATE -> faker -> faker.address().state();
      case COUNTRY -> faker -> faker.address().country();
      case COUNTRY_CODE -> faker -> faker.address().countryCode();
      case COMPANY -> faker -> faker.company().name();
      case IBAN -> faker -> faker.finance().iban();
      case URL -> faker -> faker.internet().url();
      case JOB_TITLE -> faker -> faker.job().title();
      case PRODUCT_NAME -> faker -> faker.commerce().productName();
      case DEPARTMENT -> faker -> faker.commerce().department();
      case WORD -> faker -> faker.lorem().word();
      case SENTENCE -> faker -> faker.lorem().sentence();
      case PARAGRAPH -> faker -> faker.lorem().paragraph();
      case CODE -> faker -> faker.bothify("??-#####").toUpperCase(Locale.ROOT);
      case HEX -> faker -> faker.regexify("[0-9a-f]{40}");
      case IP_ADDRESS -> faker -> faker.internet().ipV4Address();
      case CURRENCY -> faker -> faker.money().currencyCode();
      case COLOR -> faker -> faker.color().name();
      default -> throw new IllegalArgumentException(kind + " is not a text kind");
    };
  }
}
