package dev.kythera.connectors;

import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to open a connection to a target database. It holds a secret: it is built from
 * introspection's encrypted store for one use and never persisted or logged ({@link #toString()}
 * hides the password).
 *
 * @param engine the engine
 * @param host host name (ignored for SQLite)
 * @param port TCP port (ignored for SQLite)
 * @param database database name, or the file path for SQLite
 * @param user user name
 * @param password password, may be empty
 * @param options driver options (for example {@code sslmode})
 * @param tunnel optional SSH tunnel to reach the host through
 */
public record ConnectionDescriptor(
    Engine engine,
    String host,
    int port,
    String database,
    String user,
    String password,
    Map<String, String> options,
    SshTunnel tunnel) {

  /**
   * Option key of the engine-neutral TLS mode: {@code disable}, {@code prefer}, {@code require} or
   * {@code verify-full}; each connector translates it for its driver.
   */
  public static final String SSL_MODE = "sslMode";

  public ConnectionDescriptor {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(database, "database");
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  /**
   * SSH tunnel settings; a private key (OpenSSH or PEM text, optionally with a passphrase) or a
   * password authenticates. {@code knownHostKey} is the server's host key as in a known_hosts line
   * without the host ({@code ssh-ed25519 AAAA...}); the tunnel refuses any other key.
   */
  public record SshTunnel(
      String host,
      int port,
      String user,
      String password,
      String privateKey,
      String passphrase,
      String knownHostKey) {
    @Override
    public String toString() {
      return "SshTunnel[" + user + "@" + host + ":" + port + "]";
    }
  }

  @Override
  public String toString() {
    return "ConnectionDescriptor["
        + engine.wireName()
        + " "
        + user
        + "@"
        + host
        + ":"
        + port
        + "/"
        + database
        + (tunnel == null ? "" : " via " + tunnel)
        + "]";
  }
}
