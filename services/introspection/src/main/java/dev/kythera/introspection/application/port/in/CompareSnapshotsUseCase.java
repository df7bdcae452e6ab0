package dev.kythera.introspection.application.port.in;

import dev.kythera.introspection.domain.diff.MigrationScript;
import dev.kythera.introspection.domain.diff.MigrationSql;
import dev.kythera.introspection.domain.diff.SchemaDiffResult;
import dev.kythera.introspection.domain.snapshot.SnapshotSummary;
import java.util.UUID;

/** Inbound port: what changed between two snapshots, and the SQL that makes one the other. */
public interface CompareSnapshotsUseCase {

  /** Both snapshots' summaries and their differences. */
  record Comparison(SnapshotSummary from, SnapshotSummary to, SchemaDiffResult diff) {}

  Comparison diff(UUID projectId, UUID fromSnapshotId, UUID toSnapshotId);

  MigrationScript migration(
      UUID projectId, UUID fromSnapshotId, UUID toSnapshotId, MigrationSql.Dialect dialect);
}
