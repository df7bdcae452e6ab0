package dev.kythera.platform.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A job as it stands: the payload of every {@code kythera.job.*.v1} event and of the job API. It
 * carries the whole state, so a consumer never needs the previous events to know a job.
 */
public record JobSnapshot(
    UUID id,
    UUID projectId,
    UUID userId,
    String service,
    String type,
    String label,
    String status,
    double progress,
    String message,
    JsonNode result,
    String error,
    Instant createdAt,
    Instant startedAt,
    Instant completedAt) {}
