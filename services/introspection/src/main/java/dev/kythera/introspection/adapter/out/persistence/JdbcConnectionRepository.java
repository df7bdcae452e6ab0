package dev.kythera.introspection.adapter.out.persistence;

import dev.kythera.connectors.Engine;
import dev.kythera.introspection.application.port.out.ConnectionRepository;
import dev.kythera.introspection.application.port.out.SealedSecret;
import dev.kythera.introspection.application.port.out.StoredConnection;
import dev.kythera.introspection.domain.connection.Environment;
import dev.kythera.introspection.domain.connection.SshAuthMethod;
import dev.kythera.introspection.domain.connection.SshSettings;
import dev.kythera.introspection.domain.connection.TargetConnection;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound adapter (JDBC): the {@code connection} table. */
@ApplicationScoped
public class JdbcConnectionRepository implements ConnectionRepository {
  private static final String COLUMNS =
      "id, project_id, name, engine, host, port, database_name, username, ssl_mode, environment,"
          + " ssh_host, ssh_port, ssh_username, ssh_auth_method, ssh_host_key, secret_key_id,"
          + " secret_ciphertext, created_by, created_at, updated_at, has_password";

  private final AgroalDataSource dataSource;

  public JdbcConnectionRepository(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void insert(StoredConnection stored) {
    String sql =
        "INSERT INTO connection ("
            + COLUMNS
            + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    Sql.update(dataSource, sql, statement -> bind(statement, stored));
  }

  @Override
  public void update(StoredConnection stored) {
    String sql =
        "UPDATE connection SET id = ?, project_id = ?, name = ?, engine = ?, host = ?, port = ?,"
            + " database_name = ?, username = ?, ssl_mode = ?, environment = ?, ssh_host = ?,"
            + " ssh_port = ?, ssh_username = ?, ssh_auth_method = ?, ssh_host_key = ?,"
            + " secret_key_id = ?, secret_ciphertext = ?, created_by = ?, created_at = ?,"
            + " updated_at = ?, has_password = ? WHERE id = ?";
    Sql.update(
        dataSource,
        sql,
        statement -> {
          bind(statement, stored);
          statement.setObject(22, stored.connection().id());
        });
  }

  @Override
  public boolean delete(UUID projectId, UUID connectionId) {
    return Sql.deleteOwned(dataSource, "connection", projectId, connectionId);
  }

  @Override
  public Optional<StoredConnection> find(UUID projectId, UUID connectionId) {
    return select(
            "SELECT " + COLUMNS + " FROM connection WHERE project_id = ? AND id = ?",
            projectId,
            connectionId)
        .stream()
        .findFirst();
  }

  @Override
  public List<StoredConnection> list(UUID projectId) {
    return select(
        "SELECT " + COLUMNS + " FROM connection WHERE project_id = ? ORDER BY lower(name)",
        projectId);
  }

  @Override
  public int count(UUID projectId) {
    return Sql.query(
            dataSource,
            "SELECT count(*) FROM connection WHERE project_id = ?",
            rows -> rows.getInt(1),
            projectId)
        .get(0);
  }

  @Override
  public long countAll() {
    return Sql.query(dataSource, "SELECT count(*) FROM connection", rows -> rows.getLong(1)).get(0);
  }

  @Override
  public boolean nameTaken(UUID projectId, String name, UUID exceptId) {
    return !Sql.query(
            dataSource,
            "SELECT 1 FROM connection WHERE project_id = ? AND lower(name) = lower(?)"
                + " AND id IS DISTINCT FROM ?::uuid",
            rows -> true,
            projectId,
            name,
            exceptId)
        .isEmpty();
  }

  @Override
  public List<StoredConnection> sealedWithOtherKey(String keyId) {
    return select(
        "SELECT "
            + COLUMNS
            + " FROM connection WHERE secret_key_id IS DISTINCT FROM ?"
            + " AND secret_ciphertext IS NOT NULL",
        keyId);
  }

  private List<StoredConnection> select(String sql, Object... parameters) {
    return Sql.query(dataSource, sql, JdbcConnectionRepository::read, parameters);
  }

  private static void bind(PreparedStatement statement, StoredConnection stored)
      throws SQLException {
    TargetConnection c = stored.connection();
    statement.setObject(1, c.id());
    statement.setObject(2, c.projectId());
    statement.setString(3, c.name());
    statement.setString(4, c.engine().wireName());
    statement.setString(5, c.host());
    statement.setObject(6, c.port(), Types.INTEGER);
    statement.setString(7, c.database());
    statement.setString(8, c.username());
    statement.setString(9, c.sslMode());
    statement.setString(10, c.environment().wireName());
    SshSettings ssh = c.ssh();
    statement.setString(11, ssh == null ? null : ssh.host());
    statement.setObject(12, ssh == null ? null : ssh.port(), Types.INTEGER);
    statement.setString(13, ssh == null ? null : ssh.username());
    statement.setString(14, ssh == null ? null : ssh.authMethod().wireName());
    statement.setString(15, ssh == null ? null : ssh.hostKey());
    statement.setString(16, stored.secret() == null ? null : stored.secret().keyId());
    statement.setBytes(17, stored.secret() == null ? null : stored.secret().ciphertext());
    statement.setObject(18, c.createdBy());
    statement.setTimestamp(19, Timestamp.from(c.createdAt()));
    statement.setTimestamp(20, Timestamp.from(c.updatedAt()));
    statement.setBoolean(21, c.hasPassword());
  }

  private static StoredConnection read(ResultSet rows) throws SQLException {
    String sshHost = rows.getString("ssh_host");
    SshSettings ssh =
        sshHost == null
            ? null
            : new SshSettings(
                sshHost,
                rows.getInt("ssh_port"),
                rows.getString("ssh_username"),
                SshAuthMethod.fromWire(rows.getString("ssh_auth_method")).orElseThrow(),
                rows.getString("ssh_host_key"));
    byte[] ciphertext = rows.getBytes("secret_ciphertext");
    SealedSecret secret =
        ciphertext == null ? null : new SealedSecret(rows.getString("secret_key_id"), ciphertext);
    int port = rows.getInt("port");
    Integer portOrNull = rows.wasNull() ? null : port;
    TargetConnection connection =
        new TargetConnection(
            rows.getObject("id", UUID.class),
            rows.getObject("project_id", UUID.class),
            rows.getString("name"),
            Engine.fromWire(rows.getString("engine")).orElseThrow(),
            rows.getString("host"),
            portOrNull,
            rows.getString("database_name"),
            rows.getString("username"),
            rows.getString("ssl_mode"),
            Environment.fromWire(rows.getString("environment")).orElseThrow(),
            ssh,
            rows.getBoolean("has_password"),
            rows.getObject("created_by", UUID.class),
            rows.getTimestamp("created_at").toInstant(),
            rows.getTimestamp("updated_at").toInstant());
    return new StoredConnection(connection, secret);
  }
}
