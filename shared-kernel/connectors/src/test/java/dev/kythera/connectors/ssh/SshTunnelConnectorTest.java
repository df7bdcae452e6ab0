package dev.kythera.connectors.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kythera.connectors.Capability;
import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.connectors.ConnectionDescriptor.SshTunnel;
import dev.kythera.connectors.ConnectionFailure;
import dev.kythera.connectors.Connector;
import dev.kythera.connectors.ConnectorRegistry;
import dev.kythera.connectors.Engine;
import dev.kythera.connectors.EngineCapabilities;
import dev.kythera.connectors.SshFailure;
import dev.kythera.connectors.postgres.PostgresConnector;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.testing.SshTestServer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the loopback sshd of {@code .kythera-tools/sshd.sh} and the local PostgreSQL. */
class SshTunnelConnectorTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Pattern URL_PORT = Pattern.compile("//[^/:]+:(\\d+)/");

  private static SshTestServer server;
  private static Connector connector;

  @BeforeAll
  static void server() {
    server = SshTestServer.get();
    connector = new SshTunnelConnector(new PostgresConnector());
  }

  private static ConnectionDescriptor postgres(SshTunnel tunnel) {
    return new ConnectionDescriptor(
        Engine.POSTGRESQL, "127.0.0.1", 5432, "postgres", "postgres", "", Map.of(), tunnel);
  }

  private static int selectOne(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT 1")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static int localPort(Connection connection) throws SQLException {
    Matcher matcher = URL_PORT.matcher(connection.getMetaData().getURL());
    assertThat(matcher.find()).as(connection.getMetaData().getURL()).isTrue();
    return Integer.parseInt(matcher.group(1));
  }

  private static SshFailure sshFailure(ConnectionDescriptor descriptor) {
    Throwable thrown = catchThrowable(() -> connector.open(descriptor, TIMEOUT).close());
    assertThat(thrown).isInstanceOf(SshFailure.class);
    return (SshFailure) thrown;
  }

  /** What OpenSSH's own ssh-keygen prints as the fingerprint of a public key line. */
  private static String opensshFingerprint(String key, Path dir) throws Exception {
    Path file = dir.resolve("key.pub");
    Files.writeString(file, key + "\n");
    Process process = new ProcessBuilder("ssh-keygen", "-l", "-f", file.toString()).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output.strip().split("\\s+")[1];
  }

  private static String randomEd25519Key() throws IOException {
    byte[] point = new byte[32];
    new SecureRandom().nextBytes(point);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
      out.writeInt(type.length);
      out.write(type);
      out.writeInt(point.length);
      out.write(point);
    }
    return "ssh-ed25519 " + java.util.Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void selectsThroughATunnelAuthenticatedByPrivateKey() throws SQLException {
    try (Connection connection = connector.open(postgres(withKey(server)), TIMEOUT)) {
      assertThat(selectOne(connection)).isEqualTo(1);
      assertThat(localPort(connection)).isNotEqualTo(5432);
      assertThat(connector.serverVersion(connection)).startsWith("PostgreSQL");
    }
  }

  @Test
  void selectsThroughATunnelAuthenticatedByPassword() throws SQLException {
    SshTunnel tunnel = withPassword(server, server.password(), server.hostKey());
    try (Connection connection = connector.open(postgres(tunnel), TIMEOUT)) {
      assertThat(selectOne(connection)).isEqualTo(1);
      assertThat(localPort(connection)).isNotEqualTo(5432);
    }
  }

  @Test
  void aWrongPasswordBlamesTheSshPassword() {
    SshFailure failure =
        sshFailure(postgres(withPassword(server, "not the password", server.hostKey())));
    assertThat(failure.field()).isEqualTo("ssh.password");
    assertThat(failure.getMessage()).doesNotContain("not the password");
    ConnectionFailure reported = ConnectionFailure.of(failure);
    assertThat(reported.reason()).isEqualTo(ConnectionFailure.Reason.SSH);
    assertThat(reported.field()).isEqualTo("ssh.password");
  }

  @Test
  void aKeyTheServerDoesNotKnowBlamesThePrivateKey(@TempDir Path dir) throws Exception {
    Path key = dir.resolve("other_ed25519");
    Process keygen =
        new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(keygen.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(keygen.exitValue()).isZero();
    SshTunnel tunnel =
        new SshTunnel(
            server.host(),
            server.port(),
            server.user(),
            null,
            Files.readString(key),
            null,
            server.hostKey());
    assertThat(sshFailure(postgres(tunnel)).field()).isEqualTo("ssh.privateKey");

    SshTunnel garbage =
        new SshTunnel(
            server.host(), server.port(), server.user(), null, "not a key", null, server.hostKey());
    assertThat(sshFailure(postgres(garbage)).field()).isEqualTo("ssh.privateKey");
  }

  @Test
  void aDifferentHostKeyIsRefusedWithTheOfferedFingerprint() throws Exception {
    SshTunnel tunnel = withPassword(server, server.password(), randomEd25519Key());
    SshFailure failure = sshFailure(postgres(tunnel));
    String offered = HostKeys.fingerprint(server.hostKey());
    assertThat(failure.field()).isEqualTo("ssh.hostKey");
    assertThat(failure.getMessage()).contains(offered);
    assertThat((Throwable) failure)
        .isInstanceOfSatisfying(
            SshHostKeyFailure.class,
            f -> assertThat(f.offered()).hasValue(new ObservedHostKey(server.hostKey(), offered)));
  }

  @Test
  void aMissingHostKeyIsRefusedWithTheFingerprintToConfirm(@TempDir Path dir) throws Exception {
    SshTunnel tunnel = withPassword(server, server.password(), null);
    SshFailure failure = sshFailure(postgres(tunnel));
    assertThat(failure.field()).isEqualTo("ssh.hostKey");
    assertThat(failure.getMessage()).contains(opensshFingerprint(server.hostKey(), dir));
  }

  @Test
  void scanReturnsTheServersHostKeyAndOpensshFingerprint(@TempDir Path dir) throws Exception {
    ObservedHostKey observed = HostKeys.scan(server.host(), server.port(), TIMEOUT);
    assertThat(observed.key()).isEqualTo(server.hostKey());
    assertThat(observed.type()).isEqualTo("ssh-ed25519");
    assertThat(observed.fingerprint()).isEqualTo(opensshFingerprint(server.hostKey(), dir));
  }

  @Test
  void closingTheConnectionClosesTheTunnel() throws Exception {
    Connection connection = connector.open(postgres(withKey(server)), TIMEOUT);
    int port = localPort(connection);
    assertThat(selectOne(connection)).isEqualTo(1);
    try (Socket probe = new Socket()) {
      probe.connect(new InetSocketAddress("127.0.0.1", port), 2000);
    }
    connection.close();
    assertThat(connection.isClosed()).isTrue();
    assertThatThrownBy(
            () -> {
              try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 2000);
              }
            })
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void anSshServerThatIsNotThereBlamesTheSshHost() throws Exception {
    SshTunnel tunnel =
        new SshTunnel(
            "127.0.0.1",
            freePort(),
            server.user(),
            server.password(),
            null,
            null,
            server.hostKey());
    SshFailure failure = sshFailure(postgres(tunnel));
    assertThat(failure.field()).isEqualTo("ssh.host");
    assertThatThrownBy(() -> HostKeys.scan("127.0.0.1", tunnel.port(), TIMEOUT))
        .isInstanceOfSatisfying(SshFailure.class, f -> assertThat(f.field()).isEqualTo("ssh.host"));
  }

  @Test
  void theRegistryPutsATunnelInFrontOfTheAdapterOnlyWhenAsked() {
    ConnectorRegistry registry = new ConnectorRegistry(List.of(new PostgresConnector()));
    Connector direct = registry.forDescriptor(postgres(null));
    Connector tunnelled = registry.forDescriptor(postgres(withKey(server)));
    assertThat(direct).isInstanceOf(PostgresConnector.class);
    assertThat(tunnelled).isInstanceOf(SshTunnelConnector.class);
    assertThat(tunnelled.engine()).isEqualTo(Engine.POSTGRESQL);
    assertThat(tunnelled.capabilities()).isEqualTo(direct.capabilities());
  }

  @Test
  void sqliteCannotGoThroughATunnel() {
    Connector sqlite =
        new SshTunnelConnector(
            new Connector() {
              @Override
              public Engine engine() {
                return Engine.SQLITE;
              }

              @Override
              public EngineCapabilities capabilities() {
                return new EngineCapabilities(Engine.SQLITE, Set.of(Capability.CHECK_CONSTRAINTS));
              }

              @Override
              public Connection open(ConnectionDescriptor descriptor, Duration connectTimeout) {
                throw new AssertionError("must not be opened");
              }

              @Override
              public SchemaModel introspect(Connection connection, List<String> schemas) {
                throw new AssertionError("not read");
              }
            });
    ConnectionDescriptor file =
        new ConnectionDescriptor(
            Engine.SQLITE, null, 0, "/tmp/app.db", null, null, Map.of(), withKey(server));
    assertThatThrownBy(() -> sqlite.open(file, TIMEOUT)).isInstanceOf(SshFailure.class);
  }

  private static ConnectionDescriptor.SshTunnel withKey(SshTestServer server) {
    return new ConnectionDescriptor.SshTunnel(
        server.host(),
        server.port(),
        server.user(),
        null,
        server.privateKey(),
        null,
        server.hostKey());
  }

  private static ConnectionDescriptor.SshTunnel withPassword(
      SshTestServer server, String password, String knownHostKey) {
    return new ConnectionDescriptor.SshTunnel(
        server.host(), server.port(), server.user(), password, null, null, knownHostKey);
  }
}
