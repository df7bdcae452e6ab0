package dev.kythera.generation.domain.seed.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One seed run as the project remembers it (the reference's SeedHistory): what was asked, the seed
 * that makes it repeatable, the rows written per table, and how it ended.
 *
 * @param status {@code running}, {@code done}, {@code error} or {@code cancelled}
 * @param outcome what happened to the data: {@code committed}, {@code rolled back} or null while
 *     running
 * @param request the seed spec as JSON, so the run can be repeated
 * @param integrity the integrity check's report as JSON, or null when it did not run
 */
public record SeedHistory(
    UUID id,
    UUID projectId,
    UUID connectionId,
    UUID snapshotId,
    UUID jobId,
    UUID scenarioId,
    String strategy,
    String mode,
    long seed,
    String status,
    String outcome,
    long totalRows,
    List<TableCount> tables,
    String request,
    String integrity,
    String error,
    UUID createdBy,
    Instant startedAt,
    Instant finishedAt) {

  public SeedHistory {
    tables = tables == null ? List.of() : List.copyOf(tables);
  }

  /** This run as it ended: how, with which rows per table, integrity report and error. */
  public SeedHistory finished(
      String endStatus,
      String endOutcome,
      List<TableCount> written,
      String integrityReport,
      String failure,
      Instant at) {
    return new SeedHistory(
        id,
        projectId,
        connectionId,
        snapshotId,
        jobId,
        scenarioId,
        strategy,
        mode,
        seed,
        endStatus,
        endOutcome,
        totalRows,
        written,
        request,
        integrityReport,
        failure,
        createdBy,
        startedAt,
        at);
  }

  /** Rows written into one table (and, for deferred foreign keys, rows updated). */
  public record TableCount(String table, long planned, long written) {}
}
