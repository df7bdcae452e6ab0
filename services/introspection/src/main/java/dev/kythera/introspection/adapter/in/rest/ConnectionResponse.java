package dev.kythera.introspection.adapter.in.rest;

import dev.kythera.introspection.domain.connection.TargetConnection;
import dev.kythera.introspection.domain.snapshot.SnapshotSummary;
import java.time.Instant;
import java.util.UUID;

/** A connection as the API shows it: never a secret, only whether a password is stored. */
public record ConnectionResponse(
    UUID id,
    UUID projectId,
    String name,
    String engine,
    String host,
    Integer port,
    String database,
    String username,
    String sslMode,
    String environment,
    Ssh ssh,
    boolean hasPassword,
    Instant createdAt,
    Instant updatedAt,
    LastSnapshot lastSnapshot) {

  /** The SSH hop without its secrets; the fingerprint of the trusted host key. */
  public record Ssh(
      String host, int port, String username, String authMethod, String hostKeyFingerprint) {}

  /** The newest snapshot of the connection. */
  public record LastSnapshot(UUID id, Instant capturedAt, int tableCount) {}

  static ConnectionResponse of(TargetConnection c, SnapshotSummary last, String fingerprint) {
    Ssh ssh =
        c.ssh() == null
            ? null
            : new Ssh(
                c.ssh().host(),
                c.ssh().port(),
                c.ssh().username(),
                c.ssh().authMethod().wireName(),
                fingerprint);
    return new ConnectionResponse(
        c.id(),
        c.projectId(),
        c.name(),
        c.engine().wireName(),
        c.host(),
        c.port(),
        c.database(),
        c.username(),
        c.sslMode(),
        c.environment().wireName(),
        ssh,
        c.hasPassword(),
        c.createdAt(),
        c.updatedAt(),
        last == null ? null : new LastSnapshot(last.id(), last.capturedAt(), last.tableCount()));
  }
}
