package dev.kythera.compliance.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One validation scan of a project's database (the reference's ValidationScanRun): which
 * connection, how many rules ran and how many violations they found. Rules and running scans come
 * with the validation feature.
 *
 * @param status scan state as stored ({@code pending}, then the job's states)
 * @param completedAt null while the scan runs
 */
public record ValidationScanRun(
    UUID id,
    UUID projectId,
    UUID connectionId,
    String status,
    int ruleCount,
    long violationCount,
    UUID createdBy,
    Instant startedAt,
    Instant completedAt) {

  public ValidationScanRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(connectionId, "connectionId");
    Objects.requireNonNull(status, "status");
    if (ruleCount < 0 || violationCount < 0) {
      throw new IllegalArgumentException("Counts are never negative");
    }
  }
}
