package dev.kythera.connectors.ssh;

import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.connectors.ConnectionDescriptor.SshTunnel;
import dev.kythera.connectors.Connector;
import dev.kythera.connectors.Engine;
import dev.kythera.connectors.EngineCapabilities;
import dev.kythera.connectors.HostNames;
import dev.kythera.connectors.SshFailure;
import dev.kythera.kernel.schema.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Reaches a database through an SSH server: wraps any engine adapter. {@link #open} logs in to the
 * SSH server of {@link ConnectionDescriptor#tunnel()} (the server's host key must be the confirmed
 * {@code knownHostKey}; the private key or password authenticates), forwards a free port on
 * 127.0.0.1 to the database host and port as the SSH server sees them, and lets the adapter connect
 * to that port. Closing the returned connection closes the SSH session.
 *
 * <p>Failures of the SSH hop are {@link SshFailure}s naming the tunnel field to fix: {@code
 * ssh.host} (unreachable, refused, unknown host, not SSH), {@code ssh.user}, {@code ssh.password}
 * or {@code ssh.privateKey} (authentication) and {@code ssh.hostKey} ({@link SshHostKeyFailure}:
 * not confirmed yet, or a different key; the message names the offered key's fingerprint).
 * Descriptors without a tunnel go to the adapter unchanged.
 */
public final class SshTunnelConnector implements Connector {
  private static final String LOOPBACK = "127.0.0.1";
  private static final Duration MIN_DATABASE_TIMEOUT = Duration.ofSeconds(1);

  private final Connector delegate;

  public SshTunnelConnector(Connector delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /** The adapter that speaks the engine. */
  public Connector delegate() {
    return delegate;
  }

  @Override
  public Engine engine() {
    return delegate.engine();
  }

  @Override
  public EngineCapabilities capabilities() {
    return delegate.capabilities();
  }

  @Override
  public Connection open(ConnectionDescriptor descriptor, Duration connectTimeout)
      throws SQLException {
    SshTunnel tunnel = descriptor.tunnel();
    if (tunnel == null) {
      return delegate.open(descriptor, connectTimeout);
    }
    if (descriptor.engine() == Engine.SQLITE) {
      throw new SshFailure(
          SshSessions.FIELD_HOST,
          "A SQLite database is a file on this server; it cannot be reached through SSH.",
          null);
    }
    String targetHost =
        descriptor.host() == null || descriptor.host().isBlank() ? LOOPBACK : descriptor.host();
    HostNames.require(targetHost);
    int targetPort = descriptor.port() > 0 ? descriptor.port() : defaultPort(descriptor.engine());
    long deadline = System.nanoTime() + connectTimeout.toNanos();

    Session session = SshSessions.connect(tunnel, connectTimeout);
    try {
      int localPort;
      try {
        localPort = session.setPortForwardingL(LOOPBACK, 0, targetHost, targetPort);
      } catch (JSchException e) {
        throw new SshFailure(
            SshSessions.FIELD_HOST,
            "The SSH connection is up but no local port could be forwarded: " + e.getMessage(),
            e);
      }
      ConnectionDescriptor local =
          new ConnectionDescriptor(
              descriptor.engine(),
              LOOPBACK,
              localPort,
              descriptor.database(),
              descriptor.user(),
              descriptor.password(),
              descriptor.options(),
              null);
      Connection connection = delegate.open(local, remaining(deadline));
      return TunnelledConnection.wrap(connection, session);
    } catch (SQLException | RuntimeException | Error e) {
      session.disconnect();
      throw e;
    }
  }

  @Override
  public SchemaModel introspect(Connection connection, List<String> schemas) throws SQLException {
    return delegate.introspect(connection, schemas);
  }

  @Override
  public String serverVersion(Connection connection) throws SQLException {
    return delegate.serverVersion(connection);
  }

  @Override
  public String toString() {
    return "SshTunnelConnector[" + delegate + "]";
  }

  private static Duration remaining(long deadline) {
    Duration left = Duration.ofNanos(deadline - System.nanoTime());
    return left.compareTo(MIN_DATABASE_TIMEOUT) < 0 ? MIN_DATABASE_TIMEOUT : left;
  }

  private static int defaultPort(Engine engine) {
    return switch (engine) {
      case POSTGRESQL -> 5432;
      case MYSQL -> 3306;
      case SQLITE -> 0;
    };
  }
}
