package dev.kythera.generation.domain.seed.value;

/**
 * Stable 64-bit mixing (SplitMix64's finalizer) for deriving independent seeds from a plan seed,
 * table and column names and row numbers. Pure arithmetic, so every JVM and run agrees.
 */
public final class Mix {
  static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Mix() {}

  /** A bijective scramble of {@code z}. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A seed for {@code b} under {@code a}: distinct {@code b} give distinct results. */
  public static long of(long a, long b) {
    return mix(a + mix(b ^ GOLDEN));
  }

  /** A seed for a name under {@code a}. */
  public static long of(long a, String name) {
    return of(a, hash(name));
  }

  /** FNV-1a over the string's chars, then mixed: independent of {@link String#hashCode()}. */
  public static long hash(String text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    return mix(hash);
  }
}
