package dev.kythera.generation.domain.seed.value;

import java.math.BigInteger;

/**
 * A fixed bijection of {@code [0, size)} ({@code n -> (a*n + b) mod size} with {@code a} coprime to
 * size): distinct inputs give distinct outputs that do not look sequential. Used to spread unique
 * codes and combinations without remembering which were used.
 */
public final class Permutation {
  private static final long[] PRIMES = {
    1_000_000_007L, 998_244_353L, 2_147_483_629L, 1_500_000_001L, 104_729L, 7_919L
  };
  private final long size;
  private final long multiplier;
  private final long offset;

  public Permutation(long size, long salt) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive");
    }
    this.size = size;
    this.multiplier = multiplierFor(size);
    this.offset = Math.floorMod(salt, size);
  }

  private static long multiplierFor(long size) {
    for (long prime : PRIMES) {
      long candidate = prime % size;
      if (candidate != 0
          && BigInteger.valueOf(candidate).gcd(BigInteger.valueOf(size)).equals(BigInteger.ONE)) {
        return candidate;
      }
    }
    return 1;
  }

  public long size() {
    return size;
  }

  /** The image of {@code n}, for {@code 0 <= n < size}. */
  public long apply(long n) {
    long product;
    if (size <= Integer.MAX_VALUE) {
      product = (multiplier * (n % size)) % size;
    } else {
      product =
          BigInteger.valueOf(multiplier)
              .multiply(BigInteger.valueOf(Math.floorMod(n, size)))
              .mod(BigInteger.valueOf(size))
              .longValue();
    }
    long sum = product + offset;
    return sum >= size || sum < 0 ? sum - size : sum;
  }
}
