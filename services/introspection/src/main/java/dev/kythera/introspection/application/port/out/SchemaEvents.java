package dev.kythera.introspection.application.port.out;

import dev.kythera.introspection.domain.snapshot.SnapshotSummary;

/** Outbound port: tells other services (compliance, generation) that a schema was captured. */
public interface SchemaEvents {

  /** Records a {@code kythera.schema.snapshot-captured.v1} event in the current transaction. */
  void snapshotCaptured(SnapshotSummary summary);
}
