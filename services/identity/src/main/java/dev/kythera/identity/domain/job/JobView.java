package dev.kythera.identity.domain.job;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A job of any service as the platform shows it to users (the projection of {@code
 * kythera.jobs.events}). {@code resultJson} is the job's result as raw JSON text.
 */
public record JobView(
    UUID id,
    UUID projectId,
    UUID userId,
    String service,
    String type,
    String label,
    String status,
    double progress,
    String message,
    String resultJson,
    String error,
    Instant createdAt,
    Instant startedAt,
    Instant completedAt) {

  private static final Set<String> TERMINAL = Set.of("done", "error", "cancelled");

  /** A terminal job never changes again. */
  public boolean terminal() {
    return TERMINAL.contains(status);
  }
}
