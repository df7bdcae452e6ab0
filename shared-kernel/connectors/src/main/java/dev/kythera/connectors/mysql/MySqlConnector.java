package dev.kythera.connectors.mysql;

import dev.kythera.connectors.Capability;
import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.connectors.Connector;
import dev.kythera.connectors.Engine;
import dev.kythera.connectors.EngineCapabilities;
import dev.kythera.connectors.HostNames;
import dev.kythera.kernel.schema.SchemaModel;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Outbound adapter (MariaDB Connector/J): MySQL and MariaDB target databases. A database is the
 * schema here, so {@link Capability#SCHEMAS} is not supported; enums are per column, foreign keys
 * are checked row by row (never deferrable) and DDL commits implicitly.
 */
public final class MySqlConnector implements Connector {
  private static final EngineCapabilities CAPABILITIES =
      new EngineCapabilities(
          Engine.MYSQL,
          EnumSet.of(
              Capability.CHECK_CONSTRAINTS,
              Capability.LOAD_DATA_LOCAL,
              Capability.ROW_ESTIMATES,
              Capability.EXPLAIN_JSON,
              Capability.SSH_TUNNEL));

  /**
   * How long a read may wait for the server once connected, unless the descriptor says otherwise:
   * long enough for big catalog reads and seeding, short of hanging forever on a dead peer.
   */
  static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofMinutes(10);

  /**
   * Driver options a user may set, by lower-case name. Anything else stays out: some options load
   * classes or files (socketFactory, credentialType, serverSslCert as a path, ...).
   */
  private static final Map<String, String> ALLOWED_OPTIONS =
      Map.of(
          "sslmode", "sslMode",
          "sockettimeout", "socketTimeout",
          "tcpkeepalive", "tcpKeepAlive",
          "usecompression", "useCompression",
          "enabledsslprotocolsuites", "enabledSslProtocolSuites",
          "enabledsslciphersuites", "enabledSslCipherSuites",
          "serversslcert", "serverSslCert");

  /** Database names that can go into the URL path as they are (the driver does not decode it). */
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_$-]+");

  @Override
  public Engine engine() {
    return Engine.MYSQL;
  }

  @Override
  public EngineCapabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public Connection open(ConnectionDescriptor descriptor, Duration connectTimeout)
      throws SQLException {
    Properties properties = options(descriptor.options());
    properties.setProperty("user", descriptor.user() == null ? "" : descriptor.user());
    properties.setProperty("password", descriptor.password() == null ? "" : descriptor.password());
    long millis = Math.max(1, Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
    properties.setProperty("connectTimeout", Long.toString(millis));
    properties.putIfAbsent("socketTimeout", Long.toString(DEFAULT_SOCKET_TIMEOUT.toMillis()));
    String database = descriptor.database();
    String path = "";
    if (PLAIN_NAME.matcher(database).matches()) {
      path = database;
    } else if (!database.isEmpty()) {
      properties.setProperty("database", database);
    }
    String url =
        "jdbc:mariadb://"
            + hostPart(HostNames.require(descriptor.host()))
            + ":"
            + descriptor.port()
            + "/"
            + path;
    return DriverManager.getConnection(url, properties);
  }

  @Override
  public SchemaModel introspect(Connection connection, List<String> schemas) throws SQLException {
    return new MySqlSchemaReader(connection, MySqlServer.of(connection)).read(schemas);
  }

  /** {@code MariaDB 10.11.6-MariaDB-...} or {@code MySQL 8.4.0}, from the handshake. */
  @Override
  public String serverVersion(Connection connection) throws SQLException {
    return MySqlServer.of(connection).displayName();
  }

  private static Properties options(Map<String, String> options) {
    Properties properties = new Properties();
    options.forEach(
        (key, value) -> {
          String name = ALLOWED_OPTIONS.get(key.toLowerCase(Locale.ROOT));
          if (name == null || value == null) {
            return;
          }
          if (name.equals("sslMode")) {
            // the engine-neutral key wins over a driver-style spelling of it
            if (key.equals(ConnectionDescriptor.SSL_MODE) || !properties.containsKey(name)) {
              properties.setProperty(name, sslMode(value));
            }
          } else if (name.equals("serverSslCert")) {
            // Only an inline PEM certificate: a path or classpath: reference would read files.
            if (value.strip().startsWith("-----BEGIN")) {
              properties.setProperty(name, value);
            }
          } else {
            properties.setProperty(name, value);
          }
        });
    return properties;
  }

  /**
   * The driver's sslMode for the engine-neutral {@link ConnectionDescriptor#SSL_MODE} (and MySQL's
   * own words): {@code require} encrypts without checking the certificate ({@code trust}); {@code
   * allow} and {@code prefer} become {@code disable}, as the driver has no opportunistic TLS.
   */
  static String sslMode(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "disable", "disabled", "allow", "prefer", "preferred" -> "disable";
      case "trust", "require", "required" -> "trust";
      case "verify-ca", "verify_ca" -> "verify-ca";
      case "verify-full", "verify_identity", "verify-identity" -> "verify-full";
      default -> throw new IllegalArgumentException("Unsupported sslMode: " + value);
    };
  }

  private static String hostPart(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
