package dev.kythera.generation.domain.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.generation.domain.seed.row.ParentDistribution;
import dev.kythera.generation.domain.seed.value.Permutation;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParentDistributionTest {

  @ParameterizedTest
  @CsvSource({"1,1,5", "7,1,5", "10,0,3", "11,2,2", "100,1,1", "5,0,1", "3,3,9"})
  void everyParentGetsBetweenMinAndMaxConsecutiveChildren(long parents, int min, int max) {
    ParentDistribution distribution = new ParentDistribution(parents, min, max, 99);
    long[] counts = new long[(int) parents];
    long[] position = new long[1];
    long previous = 0;
    for (long row = 0; row < distribution.total(); row++) {
      long parent = distribution.parentOf(row, position);
      assertThat(parent).isGreaterThanOrEqualTo(previous);
      assertThat(position[0]).isEqualTo(counts[(int) parent]);
      counts[(int) parent]++;
      previous = parent;
    }
    for (long count : counts) {
      assertThat(count).isBetween((long) min, (long) max);
    }
  }

  @ParameterizedTest
  @CsvSource({"1", "2", "36", "1296", "1000", "99991"})
  void permutationsAreBijections(long size) {
    Permutation permutation = new Permutation(size, 12345);
    Set<Long> images = new HashSet<>();
    for (long n = 0; n < size; n++) {
      long image = permutation.apply(n);
      assertThat(image).isBetween(0L, size - 1);
      images.add(image);
    }
    assertThat(images).hasSize((int) size);
  }

  @ParameterizedTest
  @CsvSource({"4294967296", "2821109907456"})
  void largePermutationsStayInRangeAndDistinct(long size) {
    Permutation permutation = new Permutation(size, 7);
    Set<Long> images = new HashSet<>();
    for (long n = 0; n < 100_000; n++) {
      images.add(permutation.apply(n));
    }
    assertThat(images)
        .hasSize(100_000)
        .allSatisfy(image -> assertThat(image).isBetween(0L, size - 1));
  }
}
