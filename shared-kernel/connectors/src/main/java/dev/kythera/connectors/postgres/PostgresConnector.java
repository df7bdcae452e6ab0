package dev.kythera.connectors.postgres;

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
import java.util.Properties;
import java.util.Set;

/** Outbound adapter (pgjdbc): PostgreSQL target databases. */
public final class PostgresConnector implements Connector {
  private static final EngineCapabilities CAPABILITIES =
      new EngineCapabilities(
          Engine.POSTGRESQL,
          EnumSet.of(
              Capability.SCHEMAS,
              Capability.SEQUENCES,
              Capability.DEFERRABLE_CONSTRAINTS,
              Capability.CHECK_CONSTRAINTS,
              Capability.PARTIAL_INDEXES,
              Capability.ENUM_TYPES,
              Capability.COPY_PROTOCOL,
              Capability.ROW_ESTIMATES,
              Capability.EXPLAIN_JSON,
              Capability.TRANSACTIONAL_DDL,
              Capability.SSH_TUNNEL));

  /** Driver options a user may set; anything else (e.g. socketFactory) could run code. */
  private static final Set<String> ALLOWED_OPTIONS =
      Set.of("sslmode", "sslrootcert", "applicationName", "options", "currentSchema");

  @Override
  public Engine engine() {
    return Engine.POSTGRESQL;
  }

  @Override
  public EngineCapabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public Connection open(ConnectionDescriptor descriptor, Duration connectTimeout)
      throws SQLException {
    Properties properties = new Properties();
    descriptor
        .options()
        .forEach(
            (key, value) -> {
              if (ALLOWED_OPTIONS.contains(key)) {
                properties.setProperty(key, value);
              }
            });
    String sslMode = descriptor.options().get(ConnectionDescriptor.SSL_MODE);
    properties.setProperty(
        "sslmode",
        sslMode != null ? sslMode : descriptor.options().getOrDefault("sslmode", "prefer"));
    properties.setProperty("user", descriptor.user() == null ? "" : descriptor.user());
    properties.setProperty("password", descriptor.password() == null ? "" : descriptor.password());
    long seconds = Math.max(1, connectTimeout.toSeconds());
    properties.setProperty("connectTimeout", Long.toString(seconds));
    properties.setProperty("loginTimeout", Long.toString(seconds));
    properties.putIfAbsent("applicationName", "KytheraDB");
    String url =
        "jdbc:postgresql://"
            + hostPart(HostNames.require(descriptor.host()))
            + ":"
            + descriptor.port()
            + "/"
            + encode(descriptor.database());
    return DriverManager.getConnection(url, properties);
  }

  @Override
  public SchemaModel introspect(Connection connection, List<String> schemas) throws SQLException {
    return new PostgresSchemaReader(connection).read(schemas);
  }

  @Override
  public String serverVersion(Connection connection) throws SQLException {
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery("SHOW server_version")) {
      rows.next();
      return "PostgreSQL " + rows.getString(1);
    }
  }

  private static String hostPart(String host) {
    return host != null && host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  private static String encode(String database) {
    return java.net.URLEncoder.encode(database, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
