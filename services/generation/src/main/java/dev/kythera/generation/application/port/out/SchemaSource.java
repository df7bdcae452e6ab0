package dev.kythera.generation.application.port.out;

import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.kernel.schema.SchemaModel;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Outbound port to the owner of connections and snapshots (introspection): seeds are planned from a
 * captured schema and written through the connection's descriptor.
 */
public interface SchemaSource {

  /** The newest snapshot of a connection; 409 when it has none. */
  SourceSchema latest(UUID projectId, UUID connectionId);

  /** One snapshot by id; 404 when the project has no such snapshot. */
  SourceSchema snapshot(UUID projectId, UUID snapshotId);

  /** How to open the connection, secrets included: used once, never stored or logged. */
  ConnectionDescriptor descriptor(UUID projectId, UUID connectionId);

  /**
   * The connection's reference definitions that name a column: allowed values by {@code
   * schema.table.column}.
   */
  Map<String, List<String>> references(UUID projectId, UUID connectionId);

  /** A captured schema and where it came from. */
  record SourceSchema(UUID snapshotId, UUID connectionId, SchemaModel model) {}
}
