package dev.kythera.generation.domain.seed.value;

/** Text from a pooled provider, cut to the column's length, made unique by a suffix if needed. */
final class TextGenerator implements ColumnGenerator {
  private final FakerPool pool;
  private final boolean email;
  private final boolean unique;
  private final Integer minLength;
  private final Integer maxLength;

  TextGenerator(
      FakerPool pool, boolean email, boolean unique, Integer minLength, Integer maxLength) {
    this.pool = pool;
    this.email = email;
    this.unique = unique;
    this.minLength = minLength;
    this.maxLength = maxLength;
  }

  @Override
  public Object generate(Cell cell) {
    if (unique && UniqueText.isCode(maxLength)) {
      return UniqueText.apply(
          "", cell.sequence(), maxLength); // short codes ignore the natural value
    }
    String natural = String.valueOf(pool.pick(cell.random()));
    if (!unique) {
      return TextShape.fit(natural, minLength, maxLength);
    }
    return email
        ? UniqueText.email(natural, cell.sequence(), maxLength)
        : UniqueText.apply(natural, cell.sequence(), maxLength);
  }
}
