package dev.kythera.introspection.application.port.in;

import dev.kythera.platform.jobs.JobSnapshot;
import java.util.List;
import java.util.UUID;

/** Inbound port: starts an introspection job that captures a schema snapshot. */
public interface CaptureSnapshotUseCase {

  /** Submits the job; its result names the snapshot ({@code snapshotId}). */
  JobSnapshot capture(UUID projectId, UUID userId, UUID connectionId, List<String> schemas);
}
