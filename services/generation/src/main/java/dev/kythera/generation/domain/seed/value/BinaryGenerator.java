package dev.kythera.generation.domain.seed.value;

/** Random bytes (16 or the column's length if shorter); unique ones start with the sequence. */
final class BinaryGenerator implements ColumnGenerator {
  private final int length;
  private final boolean unique;

  BinaryGenerator(Integer maxLength, boolean unique) {
    this.length = maxLength == null ? 16 : Math.max(1, Math.min(16, maxLength));
    this.unique = unique;
  }

  @Override
  public Object generate(Cell cell) {
    byte[] bytes = new byte[length];
    cell.random().nextBytes(bytes);
    if (unique) {
      long n = cell.sequence();
      for (int i = 0; i < Math.min(8, length); i++) {
        bytes[i] = (byte) (n >>> (8 * (Math.min(8, length) - 1 - i)));
      }
    }
    return bytes;
  }
}
