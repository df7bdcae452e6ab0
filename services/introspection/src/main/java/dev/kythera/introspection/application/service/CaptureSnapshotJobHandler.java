package dev.kythera.introspection.application.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.introspection.application.port.out.StoredConnection;
import dev.kythera.introspection.domain.snapshot.SnapshotSummary;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.platform.jobs.JobContext;
import dev.kythera.platform.jobs.JobHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The introspection job: connect, read the catalog in a few queries, store the snapshot and
 * announce it on {@code kythera.schema.events}. The result names the snapshot and how long the
 * catalog read took.
 */
@ApplicationScoped
public class CaptureSnapshotJobHandler implements JobHandler {
  public static final String TYPE = "introspection.capture";

  private final ConnectionService connections;
  private final TargetAccess targets;
  private final SnapshotService snapshots;
  private final ObjectMapper json;

  public CaptureSnapshotJobHandler(
      ConnectionService connections,
      TargetAccess targets,
      SnapshotService snapshots,
      ObjectMapper json) {
    this.connections = connections;
    this.targets = targets;
    this.snapshots = snapshots;
    this.json = json;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public JsonNode run(JobContext context) throws SQLException {
    long started = System.nanoTime();
    UUID connectionId = UUID.fromString(context.params().path("connectionId").asText());
    List<String> schemas = new ArrayList<>();
    context.params().path("schemas").forEach(schema -> schemas.add(schema.asText()));
    StoredConnection stored = connections.stored(context.projectId(), connectionId);
    ConnectionDescriptor descriptor =
        targets.descriptor(stored.connection(), connections.secrets(stored));
    context.progress(0.05, "Connecting to " + stored.connection().name());
    SchemaModel model;
    long catalogNanos;
    try (Connection connection = targets.open(descriptor)) {
      context.checkCancelled();
      context.progress(0.2, "Reading the catalog");
      long catalogStarted = System.nanoTime();
      model = targets.connector(descriptor).introspect(connection, schemas);
      catalogNanos = System.nanoTime() - catalogStarted;
    }
    context.checkCancelled();
    context.progress(0.8, "Storing the snapshot (" + model.tables().size() + " tables)");
    long durationMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
    SnapshotSummary summary =
        SnapshotSummary.of(
            UUID.randomUUID(),
            context.projectId(),
            connectionId,
            context.jobId(),
            Instant.now(),
            model,
            durationMs);
    snapshots.record(summary, model, context.userId());
    ObjectNode result = json.createObjectNode();
    result.put("snapshotId", summary.id().toString());
    result.put("connectionId", connectionId.toString());
    result.put("tableCount", summary.tableCount());
    result.put("viewCount", summary.viewCount());
    result.put("foreignKeyCount", summary.foreignKeyCount());
    result.put("catalogMillis", Duration.ofNanos(catalogNanos).toMillis());
    result.put("durationMs", durationMs);
    return result;
  }
}
