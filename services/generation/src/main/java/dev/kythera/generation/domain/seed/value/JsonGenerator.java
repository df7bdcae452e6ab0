package dev.kythera.generation.domain.seed.value;

/** Small JSON objects as text: {@code {"ref":"lorem","score":42,"active":true}}. */
final class JsonGenerator implements ColumnGenerator {
  private final FakerPool words;
  private final boolean unique;

  JsonGenerator(FakerPool words, boolean unique) {
    this.words = words;
    this.unique = unique;
  }

  @Override
  public Object generate(Cell cell) {
    StringBuilder json = new StringBuilder(64).append('{');
    if (unique) {
      json.append("\"n\":").append(cell.sequence()).append(',');
    }
    String word = String.valueOf(words.pick(cell.random())).replace("\\", "").replace("\"", "");
    json.append("\"ref\":\"").append(word).append("\",");
    json.append("\"score\":").append(cell.random().nextInt(1000)).append(',');
    json.append("\"active\":").append(cell.random().nextBoolean());
    return json.append('}').toString();
  }
}
