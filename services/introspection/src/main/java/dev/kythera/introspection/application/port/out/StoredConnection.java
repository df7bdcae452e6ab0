package dev.kythera.introspection.application.port.out;

import dev.kythera.introspection.domain.connection.TargetConnection;

/** A connection row: the connection and its sealed secrets (null when it has none). */
public record StoredConnection(TargetConnection connection, SealedSecret secret) {}
