package dev.kythera.generation.domain.seed;

/** Plan limits the planner enforces: the most rows one seed job may write across its tables. */
public record SeedLimits(long maxRowsPerJob) {
  public SeedLimits {
    if (maxRowsPerJob < 1) {
      throw new IllegalArgumentException("maxRowsPerJob must be positive");
    }
  }

  public static SeedLimits unlimited() {
    return new SeedLimits(Long.MAX_VALUE);
  }
}
