package dev.kythera.introspection.application.port.out;

import dev.kythera.introspection.domain.snapshot.Snapshot;
import dev.kythera.introspection.domain.snapshot.SnapshotSummary;
import dev.kythera.kernel.schema.SchemaModel;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: captured schema snapshots. */
public interface SnapshotRepository {

  void insert(SnapshotSummary summary, SchemaModel model, UUID createdBy);

  /** Snapshots of a project (of one connection when given), newest first. */
  List<SnapshotSummary> list(UUID projectId, Optional<UUID> connectionId);

  Optional<Snapshot> find(UUID projectId, UUID snapshotId);

  Optional<SnapshotSummary> latest(UUID projectId, UUID connectionId);

  boolean delete(UUID projectId, UUID snapshotId);
}
