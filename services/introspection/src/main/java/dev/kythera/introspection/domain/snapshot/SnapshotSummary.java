package dev.kythera.introspection.domain.snapshot;

import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import java.time.Instant;
import java.util.UUID;

/** What a snapshot list shows of one captured schema, without the model itself. */
public record SnapshotSummary(
    UUID id,
    UUID projectId,
    UUID connectionId,
    UUID jobId,
    Instant capturedAt,
    String engine,
    String serverVersion,
    String database,
    int tableCount,
    int viewCount,
    int columnCount,
    int foreignKeyCount,
    long durationMs) {

  /** The summary of a freshly captured model. */
  public static SnapshotSummary of(
      UUID id,
      UUID projectId,
      UUID connectionId,
      UUID jobId,
      Instant capturedAt,
      SchemaModel model,
      long durationMs) {
    int views = (int) model.tables().stream().filter(Table::isView).count();
    int columns = model.tables().stream().mapToInt(table -> table.columns().size()).sum();
    return new SnapshotSummary(
        id,
        projectId,
        connectionId,
        jobId,
        capturedAt,
        model.engine(),
        model.serverVersion(),
        model.database(),
        model.tables().size() - views,
        views,
        columns,
        model.foreignKeyCount(),
        durationMs);
  }
}
