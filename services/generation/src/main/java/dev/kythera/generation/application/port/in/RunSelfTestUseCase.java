package dev.kythera.generation.application.port.in;

import dev.kythera.platform.jobs.JobSnapshot;
import java.util.UUID;

/** Inbound port: start the diagnostic job that proves the job pipeline end to end. */
public interface RunSelfTestUseCase {

  /**
   * Starts a self-test job in the project.
   *
   * @return the job as created (status pending)
   */
  JobSnapshot runSelfTest(RunSelfTestCommand command);

  /** Validated input: how many steps and how long each lasts. */
  record RunSelfTestCommand(
      UUID projectId, UUID userId, int steps, int stepMillis, String failWith) {
    public RunSelfTestCommand {
      if (steps < 1 || steps > 1_000) {
        throw dev.kythera.kernel.error.KytheraException.invalid("steps", "must be 1..1000");
      }
      if (stepMillis < 0 || stepMillis > 10_000) {
        throw dev.kythera.kernel.error.KytheraException.invalid("stepMillis", "must be 0..10000");
      }
    }
  }
}
