package dev.kythera.introspection.application.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kythera.introspection.application.port.in.CaptureSnapshotUseCase;
import dev.kythera.introspection.application.port.in.ReadSnapshotsUseCase;
import dev.kythera.introspection.application.port.out.AuditTrail;
import dev.kythera.introspection.application.port.out.SchemaEvents;
import dev.kythera.introspection.application.port.out.SnapshotRepository;
import dev.kythera.introspection.domain.snapshot.Snapshot;
import dev.kythera.introspection.domain.snapshot.SnapshotSummary;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.platform.jobs.JobSnapshot;
import dev.kythera.platform.jobs.Jobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Starts captures (as jobs), stores their results and serves stored snapshots. */
@ApplicationScoped
public class SnapshotService implements CaptureSnapshotUseCase, ReadSnapshotsUseCase {
  private final Jobs jobs;
  private final ConnectionService connections;
  private final SnapshotRepository snapshots;
  private final SchemaEvents events;
  private final ObjectMapper json;
  private final AuditTrail audit;

  public SnapshotService(
      Jobs jobs,
      ConnectionService connections,
      SnapshotRepository snapshots,
      SchemaEvents events,
      ObjectMapper json,
      AuditTrail audit) {
    this.jobs = jobs;
    this.connections = connections;
    this.snapshots = snapshots;
    this.events = events;
    this.json = json;
    this.audit = audit;
  }

  @Override
  public JobSnapshot capture(UUID projectId, UUID userId, UUID connectionId, List<String> schemas) {
    String name = connections.get(projectId, connectionId).name();
    ObjectNode params = json.createObjectNode();
    params.put("connectionId", connectionId.toString());
    schemas.forEach(params.putArray("schemas")::add);
    return jobs.submit(
        projectId, userId, CaptureSnapshotJobHandler.TYPE, "Capture schema of " + name, params);
  }

  /** Stores a captured model, announces it and audits it, in one transaction. */
  @Transactional
  public void record(SnapshotSummary summary, SchemaModel model, UUID userId) {
    snapshots.insert(summary, model, userId);
    events.snapshotCaptured(summary);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("snapshotId", summary.id().toString());
    details.put("connectionId", summary.connectionId().toString());
    details.put("jobId", summary.jobId() == null ? null : summary.jobId().toString());
    details.put("tableCount", summary.tableCount());
    audit.record("snapshot.captured", userId, summary.projectId(), details);
  }

  @Override
  public List<SnapshotSummary> list(UUID projectId, Optional<UUID> connectionId) {
    return snapshots.list(projectId, connectionId);
  }

  @Override
  public Snapshot get(UUID projectId, UUID snapshotId) {
    return snapshots
        .find(projectId, snapshotId)
        .orElseThrow(() -> KytheraException.notFound("Snapshot " + snapshotId));
  }

  @Override
  @Transactional
  public void delete(UUID projectId, UUID snapshotId) {
    if (!snapshots.delete(projectId, snapshotId)) {
      throw KytheraException.notFound("Snapshot " + snapshotId);
    }
    audit.record("snapshot.deleted", null, projectId, Map.of("snapshotId", snapshotId.toString()));
  }
}
