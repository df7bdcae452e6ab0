package dev.kythera.generation.adapter.out.target;

import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.connectors.ConnectionFailure;
import dev.kythera.connectors.ConnectorRegistry;
import dev.kythera.generation.application.port.out.SeedSession;
import dev.kythera.generation.application.port.out.SeedTargets;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Outbound adapter: writing sessions on target databases through the shared connectors. */
@ApplicationScoped
public class JdbcSeedTargets implements SeedTargets {
  private final ConnectorRegistry registry = ConnectorRegistry.standard();
  private final Duration connectTimeout;
  private final boolean allowLocalInfile;

  public JdbcSeedTargets(
      @ConfigProperty(name = "kythera.connect-timeout-seconds", defaultValue = "10")
          int connectTimeoutSeconds,
      @ConfigProperty(name = "kythera.seed.mysql-local-infile", defaultValue = "true")
          boolean allowLocalInfile) {
    this.connectTimeout = Duration.ofSeconds(connectTimeoutSeconds);
    this.allowLocalInfile = allowLocalInfile;
  }

  @Override
  public SeedSession open(ConnectionDescriptor descriptor) {
    Connection connection;
    try {
      connection = registry.forDescriptor(descriptor).open(descriptor, connectTimeout);
    } catch (SQLException | RuntimeException e) {
      ConnectionFailure failure = ConnectionFailure.of(e);
      throw new KytheraException(ErrorCode.CONNECTION_FAILED, failure.message())
          .withField(failure.field(), failure.message());
    }
    try {
      return switch (descriptor.engine()) {
        case POSTGRESQL -> new PostgresSeedSession(connection);
        case MYSQL -> new MySqlSeedSession(connection, allowLocalInfile);
        case SQLITE -> new SqliteSeedSession(connection);
      };
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new KytheraException(
          ErrorCode.TARGET_QUERY_FAILED,
          "The target database refused the session: " + e.getMessage());
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // the session never started; nothing to undo
    }
  }
}
