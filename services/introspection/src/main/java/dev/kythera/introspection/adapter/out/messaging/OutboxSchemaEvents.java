package dev.kythera.introspection.adapter.out.messaging;

import dev.kythera.introspection.application.port.out.SchemaEvents;
import dev.kythera.introspection.domain.snapshot.SnapshotSummary;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;

/** Outbound adapter (outbox → Kafka): schema events, keyed by project. */
@ApplicationScoped
public class OutboxSchemaEvents implements SchemaEvents {
  private final OutboxWriter outbox;

  public OutboxSchemaEvents(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  @Override
  public void snapshotCaptured(SnapshotSummary summary) {
    outbox.append(
        EventTypes.TOPIC_SCHEMA,
        summary.projectId().toString(),
        EventTypes.SCHEMA_SNAPSHOT_CAPTURED,
        "snapshots/" + summary.id(),
        summary);
  }
}
