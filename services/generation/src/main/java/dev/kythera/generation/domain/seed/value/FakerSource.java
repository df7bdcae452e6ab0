package dev.kythera.generation.domain.seed.value;

import java.util.Locale;
import net.datafaker.Faker;

/**
 * One Datafaker instance per table generator, created on first use, whose random is reseeded for
 * every value it produces: values then depend on their own seed only, never on call order.
 */
public final class FakerSource {
  private final Locale locale;
  private CellRandom random;
  private Faker faker;

  public FakerSource(Locale locale) {
    this.locale = locale;
  }

  /** The faker with its random reseeded to {@code seed}, for exactly one value. */
  public Faker seeded(long seed) {
    if (faker == null) {
      random = new CellRandom();
      faker = new Faker(locale, random);
    }
    random.reseed(seed);
    return faker;
  }
}
