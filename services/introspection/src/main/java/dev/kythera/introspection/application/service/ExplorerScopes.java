package dev.kythera.introspection.application.service;

import dev.kythera.introspection.application.port.in.ExplorerTarget;
import dev.kythera.introspection.application.port.out.SnapshotRepository;
import dev.kythera.introspection.application.port.out.StoredConnection;
import dev.kythera.introspection.domain.explorer.ExploredTable;
import dev.kythera.introspection.domain.explorer.SqlDialect;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.SchemaModel;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resolves an explorer call to its scope (404 unknown connection, 409 no snapshot yet, 400 unknown
 * table), guards writes, and opens the target database with the statement timeout.
 */
@ApplicationScoped
public class ExplorerScopes {
  private final ConnectionService connections;
  private final SnapshotRepository snapshots;
  private final TargetAccess targets;
  private final int timeoutSeconds;

  public ExplorerScopes(
      ConnectionService connections,
      SnapshotRepository snapshots,
      TargetAccess targets,
      @ConfigProperty(name = "kythera.explorer.statement-timeout-seconds", defaultValue = "30")
          int timeoutSeconds) {
    this.connections = connections;
    this.snapshots = snapshots;
    this.targets = targets;
    this.timeoutSeconds = timeoutSeconds;
  }

  ExplorerScope read(ExplorerTarget target) {
    StoredConnection stored = connections.stored(target.projectId(), target.connectionId());
    SchemaModel model =
        snapshots
            .latest(target.projectId(), target.connectionId())
            .flatMap(latest -> snapshots.find(target.projectId(), latest.id()))
            .orElseThrow(
                () ->
                    new KytheraException(
                        ErrorCode.CONFLICT,
                        "The connection has no snapshot yet: capture a snapshot first"))
            .model();
    return new ExplorerScope(
        stored,
        model,
        ExploredTable.find(model, target.table()),
        SqlDialect.of(stored.connection().engine()));
  }

  /**
   * The scope of a write: production connections are read-only below the admin platform role, and
   * tables without a primary key are browse-only.
   */
  ExplorerScope write(ExplorerTarget target, Role role) {
    ExplorerScope scope = read(target);
    if (scope.connection().isProduction() && !role.satisfies(Role.ADMIN)) {
      throw new KytheraException(
          ErrorCode.FORBIDDEN,
          "'"
              + scope.connection().name()
              + "' is a production connection: its data is read-only below the admin role");
    }
    scope.table().requireWritable();
    return scope;
  }

  ExplorerSession open(ExplorerScope scope) {
    var descriptor = targets.descriptor(scope.connection(), connections.secrets(scope.stored()));
    return new ExplorerSession(targets.open(descriptor), scope.dialect(), timeoutSeconds);
  }
}
