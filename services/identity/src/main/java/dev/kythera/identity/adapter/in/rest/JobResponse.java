package dev.kythera.identity.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.kythera.identity.domain.job.JobView;
import java.time.Instant;
import java.util.UUID;

/** A job as the API shows it (the reference's Job fields plus the owning service). */
public record JobResponse(
    UUID id,
    UUID projectId,
    UUID userId,
    String service,
    String type,
    String label,
    String status,
    double progress,
    String message,
    @JsonRawValue String result,
    String error,
    Instant createdAt,
    Instant startedAt,
    Instant completedAt) {

  static JobResponse from(JobView job) {
    return new JobResponse(
        job.id(),
        job.projectId(),
        job.userId(),
        job.service(),
        job.type(),
        job.label(),
        job.status(),
        job.progress(),
        job.message(),
        job.resultJson(),
        job.error(),
        job.createdAt(),
        job.startedAt(),
        job.completedAt());
  }
}
