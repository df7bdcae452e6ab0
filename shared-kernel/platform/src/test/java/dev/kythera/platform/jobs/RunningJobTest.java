package dev.kythera.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RunningJobTest {
  private final List<Double> emitted = new ArrayList<>();
  private final JobSnapshot job =
      new JobSnapshot(
          UUID.randomUUID(),
          UUID.randomUUID(),
          null,
          "test",
          "t",
          "label",
          "running",
          0,
          null,
          null,
          null,
          Instant.now(),
          Instant.now(),
          null);

  @Test
  void progressIsThrottledToTheInterval() {
    RunningJob running =
        new RunningJob(
            job, JsonNodeFactory.instance.objectNode(), (id, p, m) -> emitted.add(p), 10_000);
    for (int i = 1; i <= 1_000; i++) {
      running.progress(i / 1000.0, "step");
    }
    assertThat(emitted).containsExactly(0.001); // the first call emits; the rest fall in the window
  }

  @Test
  void progressIsClampedAndCancelIsVisible() {
    RunningJob running =
        new RunningJob(job, JsonNodeFactory.instance.objectNode(), (id, p, m) -> emitted.add(p), 0);
    running.progress(7, "too far");
    running.progress(-1, "too low");
    assertThat(emitted).containsExactly(1.0, 0.0);
    assertThat(running.cancelled()).isFalse();
    running.cancel();
    assertThat(running.cancelled()).isTrue();
    assertThatThrownBy(running::checkCancelled).isInstanceOf(JobCancelledException.class);
  }
}
