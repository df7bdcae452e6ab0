package dev.kythera.introspection.application.service;

import dev.kythera.connectors.HostNames;
import dev.kythera.connectors.SshFailure;
import dev.kythera.connectors.ssh.HostKeys;
import dev.kythera.connectors.ssh.ObservedHostKey;
import dev.kythera.introspection.application.port.in.ConnectionDraft;
import dev.kythera.introspection.application.port.in.ManageConnectionsUseCase;
import dev.kythera.introspection.application.port.in.TestConnectionUseCase;
import dev.kythera.introspection.application.port.in.TestResult;
import dev.kythera.introspection.application.port.out.AuditTrail;
import dev.kythera.introspection.application.port.out.ConnectionRepository;
import dev.kythera.introspection.application.port.out.SecretCipher;
import dev.kythera.introspection.application.port.out.StoredConnection;
import dev.kythera.introspection.domain.connection.ConnectionSecrets;
import dev.kythera.introspection.domain.connection.SshSettings;
import dev.kythera.introspection.domain.connection.TargetConnection;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.plan.PlanCatalogue;
import dev.kythera.kernel.plan.PlanLimit;
import dev.kythera.platform.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Connections of a project: every create or update first proves the database answers with the given
 * settings, so a stored connection is one that worked; secrets are sealed before storing. Every
 * change is audited (names and ids only, never secrets).
 */
@ApplicationScoped
public class ConnectionService implements ManageConnectionsUseCase, TestConnectionUseCase {
  private final ConnectionRepository connections;
  private final SecretCipher cipher;
  private final TargetAccess targets;
  private final CallerContext caller;
  private final AuditTrail audit;

  public ConnectionService(
      ConnectionRepository connections,
      SecretCipher cipher,
      TargetAccess targets,
      CallerContext caller,
      AuditTrail audit) {
    this.connections = connections;
    this.cipher = cipher;
    this.targets = targets;
    this.caller = caller;
    this.audit = audit;
  }

  @Override
  public List<TargetConnection> list(UUID projectId) {
    return connections.list(projectId).stream().map(StoredConnection::connection).toList();
  }

  @Override
  public TargetConnection get(UUID projectId, UUID connectionId) {
    return stored(projectId, connectionId).connection();
  }

  @Override
  @Transactional
  public TargetConnection create(UUID projectId, UUID userId, ConnectionDraft draft) {
    Plan plan = caller.caller().plan();
    PlanCatalogue.require(
        plan, PlanLimit.CONNECTIONS_PER_PROJECT, connections.count(projectId) + 1L);
    requireFreeName(projectId, draft.name(), null);
    Instant now = Instant.now();
    TargetConnection connection =
        withTrustedKey(
            draft,
            toConnection(UUID.randomUUID(), projectId, draft, draft.secrets(), userId, now, now));
    targets.test(targets.descriptor(connection, draft.secrets()));
    connections.insert(
        new StoredConnection(connection, cipher.seal(connection.id(), draft.secrets())));
    audit.record("connection.created", userId, projectId, auditDetails(connection));
    return connection;
  }

  @Override
  @Transactional
  public TargetConnection update(UUID projectId, UUID connectionId, ConnectionDraft draft) {
    StoredConnection existing = stored(projectId, connectionId);
    requireFreeName(projectId, draft.name(), connectionId);
    ConnectionSecrets secrets = draft.secrets().keepingUnset(secrets(existing));
    TargetConnection before = existing.connection();
    TargetConnection connection =
        withTrustedKey(
            draft,
            toConnection(
                connectionId,
                projectId,
                draft,
                secrets,
                before.createdBy(),
                before.createdAt(),
                Instant.now()));
    targets.test(targets.descriptor(connection, secrets));
    connections.update(new StoredConnection(connection, cipher.seal(connectionId, secrets)));
    audit.record("connection.updated", null, projectId, auditDetails(connection));
    return connection;
  }

  @Override
  @Transactional
  public void delete(UUID projectId, UUID connectionId) {
    TargetConnection gone = stored(projectId, connectionId).connection();
    if (!connections.delete(projectId, connectionId)) {
      throw KytheraException.notFound("Connection " + connectionId);
    }
    audit.record("connection.deleted", null, projectId, auditDetails(gone));
  }

  /** What the audit log shows of a connection: identity and kind, no address or secret. */
  private static Map<String, Object> auditDetails(TargetConnection connection) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("connectionId", connection.id().toString());
    details.put("name", connection.name());
    details.put("engine", connection.engine().wireName());
    details.put("environment", connection.environment().wireName());
    details.put("ssh", connection.ssh() != null);
    return details;
  }

  @Override
  public TestResult test(ConnectionDraft draft) {
    TargetConnection connection =
        withTrustedKey(
            draft, toConnection(UUID.randomUUID(), null, draft, draft.secrets(), null, null, null));
    return targets.test(targets.descriptor(connection, draft.secrets()));
  }

  @Override
  public TestResult test(UUID projectId, UUID connectionId, ConnectionDraft draft) {
    StoredConnection existing = stored(projectId, connectionId);
    ConnectionSecrets secrets = draft.secrets().keepingUnset(secrets(existing));
    TargetConnection connection =
        withStoredHostKey(
            existing.connection(),
            withTrustedKey(
                draft, toConnection(connectionId, projectId, draft, secrets, null, null, null)));
    return targets.test(targets.descriptor(connection, secrets));
  }

  /** Keeps the stored trusted host key when the draft names the same SSH host without a key. */
  private static TargetConnection withStoredHostKey(
      TargetConnection stored, TargetConnection draft) {
    SshSettings ssh = draft.ssh();
    SshSettings before = stored.ssh();
    if (ssh == null || ssh.hostKey() != null || before == null || before.hostKey() == null) {
      return draft;
    }
    boolean sameHost = ssh.host().equals(before.host()) && ssh.port() == before.port();
    return sameHost ? copyWithSsh(draft, ssh.withHostKey(before.hostKey())) : draft;
  }

  @Override
  public TestResult test(UUID projectId, UUID connectionId) {
    StoredConnection existing = stored(projectId, connectionId);
    return targets.test(targets.descriptor(existing.connection(), secrets(existing)));
  }

  @Override
  public ObservedHostKey scanHostKey(String host, Integer port) {
    if (!HostNames.isValid(host)) {
      throw KytheraException.invalid("host", "must be a host name or IP address");
    }
    int sshPort = port == null ? 22 : port;
    if (sshPort < 1 || sshPort > 65_535) {
      throw KytheraException.invalid("port", "must be between 1 and 65535");
    }
    try {
      return HostKeys.scan(host, sshPort, targets.connectTimeout());
    } catch (SshFailure e) {
      throw TargetAccess.failed(e);
    }
  }

  /** Secrets of a stored connection, opened for one use. */
  ConnectionSecrets secrets(StoredConnection stored) {
    return stored.secret() == null
        ? ConnectionSecrets.NONE
        : cipher.open(stored.connection().id(), stored.secret());
  }

  StoredConnection stored(UUID projectId, UUID connectionId) {
    return connections
        .find(projectId, connectionId)
        .orElseThrow(() -> KytheraException.notFound("Connection " + connectionId));
  }

  /**
   * Trust on first use, as an explicit choice: without a trusted key the tunnel refuses to connect;
   * with {@code trustOnFirstUse} the key the server offers now is recorded.
   */
  private TargetConnection withTrustedKey(ConnectionDraft draft, TargetConnection connection) {
    SshSettings ssh = connection.ssh();
    if (ssh == null || ssh.hostKey() != null || !draft.trustOnFirstUse()) {
      return connection;
    }
    String key = scanHostKey(ssh.host(), ssh.port()).key();
    return copyWithSsh(connection, ssh.withHostKey(key));
  }

  private void requireFreeName(UUID projectId, String name, UUID exceptId) {
    if (connections.nameTaken(projectId, name, exceptId)) {
      throw new KytheraException(ErrorCode.CONFLICT, "A connection named '" + name + "' exists")
          .withField("name", "is already used in this project");
    }
  }

  private static TargetConnection toConnection(
      UUID id,
      UUID projectId,
      ConnectionDraft d,
      ConnectionSecrets secrets,
      UUID createdBy,
      Instant created,
      Instant updated) {
    return new TargetConnection(
        id,
        projectId,
        d.name(),
        d.engine(),
        d.host(),
        d.port(),
        d.database(),
        d.username(),
        d.sslMode(),
        d.environment(),
        d.ssh(),
        secrets.hasPassword(),
        createdBy,
        created,
        updated);
  }

  private static TargetConnection copyWithSsh(TargetConnection c, SshSettings ssh) {
    return new TargetConnection(
        c.id(),
        c.projectId(),
        c.name(),
        c.engine(),
        c.host(),
        c.port(),
        c.database(),
        c.username(),
        c.sslMode(),
        c.environment(),
        ssh,
        c.hasPassword(),
        c.createdBy(),
        c.createdAt(),
        c.updatedAt());
  }
}
