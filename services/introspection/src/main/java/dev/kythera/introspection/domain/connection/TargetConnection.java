package dev.kythera.introspection.domain.connection;

import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.connectors.Engine;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A saved connection to a user's database (the seed's Connection), without its secrets.
 *
 * @param hasPassword whether a database password is stored (the password itself never leaves the
 *     encrypted store)
 */
public record TargetConnection(
    UUID id,
    UUID projectId,
    String name,
    Engine engine,
    String host,
    Integer port,
    String database,
    String username,
    String sslMode,
    Environment environment,
    SshSettings ssh,
    boolean hasPassword,
    UUID createdBy,
    Instant createdAt,
    Instant updatedAt) {

  /** The descriptor a connector opens, with the secrets merged in for this one use. */
  public ConnectionDescriptor descriptor(ConnectionSecrets secrets) {
    Map<String, String> options = new HashMap<>();
    if (sslMode != null) {
      // Neutral value (disable, prefer, require, verify-full); each connector translates it.
      options.put(ConnectionDescriptor.SSL_MODE, sslMode);
    }
    ConnectionDescriptor.SshTunnel tunnel =
        ssh == null
            ? null
            : new ConnectionDescriptor.SshTunnel(
                ssh.host(),
                ssh.port(),
                ssh.username(),
                secrets.sshPassword(),
                secrets.sshPrivateKey(),
                secrets.sshPassphrase(),
                ssh.hostKey());
    return new ConnectionDescriptor(
        engine,
        host,
        port == null ? 0 : port,
        database,
        username,
        secrets.password(),
        options,
        tunnel);
  }

  public boolean isProduction() {
    return environment == Environment.PRODUCTION;
  }
}
