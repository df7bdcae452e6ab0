package dev.kythera.introspection.application.port.in;

import dev.kythera.introspection.domain.snapshot.Snapshot;
import dev.kythera.introspection.domain.snapshot.SnapshotSummary;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Inbound port: captured snapshots of a project. */
public interface ReadSnapshotsUseCase {

  List<SnapshotSummary> list(UUID projectId, Optional<UUID> connectionId);

  Snapshot get(UUID projectId, UUID snapshotId);

  void delete(UUID projectId, UUID snapshotId);
}
