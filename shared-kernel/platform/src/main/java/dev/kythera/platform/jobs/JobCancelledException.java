package dev.kythera.platform.jobs;

/** Thrown inside a job to stop it because the user cancelled it. */
public class JobCancelledException extends RuntimeException {
  public JobCancelledException() {
    super("cancelled", null, false, false);
  }
}
