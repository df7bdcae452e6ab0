package dev.kythera.introspection.application.port.in;

import dev.kythera.connectors.Engine;
import dev.kythera.connectors.HostNames;
import dev.kythera.introspection.domain.connection.ConnectionSecrets;
import dev.kythera.introspection.domain.connection.Environment;
import dev.kythera.introspection.domain.connection.SshAuthMethod;
import dev.kythera.introspection.domain.connection.SshSettings;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import java.util.List;
import java.util.Set;

/**
 * What a user submits to create, update or test a connection, validated on construction: every
 * problem is reported at once as a 400 with one entry per field.
 */
public record ConnectionDraft(
    String name,
    Engine engine,
    String host,
    Integer port,
    String database,
    String username,
    String sslMode,
    Environment environment,
    SshSettings ssh,
    boolean trustOnFirstUse,
    ConnectionSecrets secrets) {

  private static final Set<String> SSL_MODES =
      Set.of("disable", "prefer", "require", "verify-full");

  /** Raw input as the REST side received it; {@link #validate} turns it into a draft. */
  public record Input(
      String name,
      String engine,
      String host,
      Integer port,
      String database,
      String username,
      String password,
      String sslMode,
      String environment,
      SshInput ssh) {}

  /** Raw SSH input. */
  public record SshInput(
      String host,
      Integer port,
      String username,
      String authMethod,
      String password,
      String privateKey,
      String passphrase,
      String hostKey,
      Boolean trustOnFirstUse) {}

  public static ConnectionDraft validate(Input in) {
    KytheraException problems =
        new KytheraException(ErrorCode.VALIDATION_FAILED, "The connection is not valid");
    String name = trimmed(in.name());
    if (name == null || name.length() > 120) {
      problems.withField("name", "is required, at most 120 characters");
    }
    Engine engine = Engine.fromWire(in.engine()).orElse(null);
    if (engine == null) {
      problems.withField("engine", "must be one of postgresql, mysql, mariadb, sqlite");
    }
    String database = trimmed(in.database());
    if (database == null || database.length() > 1024) {
      problems.withField("database", "is required");
    }
    boolean network = engine != Engine.SQLITE;
    String host = trimmed(in.host());
    Integer port = in.port();
    if (network && !HostNames.isValid(host)) {
      problems.withField("host", "must be a host name or IP address");
    }
    if (network && port == null && engine != null) {
      port = engine == Engine.POSTGRESQL ? 5432 : 3306;
    }
    if (network && (port == null || port < 1 || port > 65_535)) {
      problems.withField("port", "must be between 1 and 65535");
    }
    String sslMode = trimmed(in.sslMode());
    if (sslMode != null && !SSL_MODES.contains(sslMode)) {
      problems.withField("sslMode", "must be one of " + String.join(", ", sorted(SSL_MODES)));
    }
    Environment environment =
        in.environment() == null
            ? Environment.DEVELOPMENT
            : Environment.fromWire(in.environment()).orElse(null);
    if (environment == null) {
      problems.withField("environment", "must be development, staging or production");
    }
    SshSettings ssh = null;
    boolean trust = false;
    String sshPassword = null;
    String sshKey = null;
    String sshPassphrase = null;
    if (in.ssh() != null && network) {
      SshInput s = in.ssh();
      SshAuthMethod method = SshAuthMethod.fromWire(s.authMethod()).orElse(null);
      if (!HostNames.isValid(trimmed(s.host()))) {
        problems.withField("ssh.host", "must be a host name or IP address");
      }
      int sshPort = s.port() == null ? 22 : s.port();
      if (sshPort < 1 || sshPort > 65_535) {
        problems.withField("ssh.port", "must be between 1 and 65535");
      }
      if (trimmed(s.username()) == null) {
        problems.withField("ssh.username", "is required");
      }
      if (method == null) {
        problems.withField("ssh.authMethod", "must be password or privateKey");
      }
      ssh =
          new SshSettings(
              trimmed(s.host()), sshPort, trimmed(s.username()), method, trimmed(s.hostKey()));
      trust = Boolean.TRUE.equals(s.trustOnFirstUse());
      sshPassword = s.password();
      sshKey = s.privateKey();
      sshPassphrase = s.passphrase();
    } else if (in.ssh() != null) {
      problems.withField("ssh", "is not available for SQLite files");
    }
    if (!problems.fieldErrors().isEmpty()) {
      throw problems;
    }
    return new ConnectionDraft(
        name,
        engine,
        network ? host : null,
        network ? port : null,
        database,
        trimmed(in.username()),
        sslMode,
        environment,
        ssh,
        trust,
        new ConnectionSecrets(in.password(), sshPassword, sshKey, sshPassphrase));
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
