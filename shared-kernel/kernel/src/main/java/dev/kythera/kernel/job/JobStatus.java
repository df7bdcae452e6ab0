package dev.kythera.kernel.job;

import java.util.Locale;

/** Job lifecycle: pending → running → done | error | cancelled. */
public enum JobStatus {
  PENDING(false),
  RUNNING(false),
  DONE(true),
  ERROR(true),
  CANCELLED(true);

  private final boolean terminal;

  JobStatus(boolean terminal) {
    this.terminal = terminal;
  }

  /** A terminal job never changes again. */
  public boolean terminal() {
    return terminal;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static JobStatus fromWire(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
