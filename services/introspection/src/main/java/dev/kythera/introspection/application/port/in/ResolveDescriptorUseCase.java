package dev.kythera.introspection.application.port.in;

import dev.kythera.connectors.ConnectionDescriptor;
import java.util.UUID;

/**
 * Inbound port (internal API): the full descriptor of a connection, secrets included, for another
 * KytheraDB service that must reach the database. Never exposed on the public API.
 */
public interface ResolveDescriptorUseCase {

  ConnectionDescriptor descriptor(UUID projectId, UUID connectionId);
}
