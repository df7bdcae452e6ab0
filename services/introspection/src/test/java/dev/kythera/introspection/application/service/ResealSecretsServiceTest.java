package dev.kythera.introspection.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.connectors.Engine;
import dev.kythera.introspection.adapter.out.crypto.AesGcmSecretCipher;
import dev.kythera.introspection.adapter.out.crypto.CredentialKeys;
import dev.kythera.introspection.application.port.out.ConnectionRepository;
import dev.kythera.introspection.application.port.out.StoredConnection;
import dev.kythera.introspection.domain.connection.ConnectionSecrets;
import dev.kythera.introspection.domain.connection.Environment;
import dev.kythera.introspection.domain.connection.TargetConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResealSecretsServiceTest {
  @TempDir Path keys;

  /** An in-memory connection table. */
  static final class InMemoryConnections implements ConnectionRepository {
    final Map<UUID, StoredConnection> rows = new LinkedHashMap<>();

    @Override
    public void insert(StoredConnection c) {
      rows.put(c.connection().id(), c);
    }

    @Override
    public void update(StoredConnection c) {
      rows.put(c.connection().id(), c);
    }

    @Override
    public boolean delete(UUID projectId, UUID connectionId) {
      return rows.remove(connectionId) != null;
    }

    @Override
    public Optional<StoredConnection> find(UUID projectId, UUID connectionId) {
      return Optional.ofNullable(rows.get(connectionId));
    }

    @Override
    public List<StoredConnection> list(UUID projectId) {
      return new ArrayList<>(rows.values());
    }

    @Override
    public int count(UUID projectId) {
      return rows.size();
    }

    @Override
    public long countAll() {
      return rows.size();
    }

    @Override
    public boolean nameTaken(UUID projectId, String name, UUID exceptId) {
      return false;
    }

    @Override
    public List<StoredConnection> sealedWithOtherKey(String keyId) {
      return rows.values().stream()
          .filter(c -> c.secret() != null && !c.secret().keyId().equals(keyId))
          .toList();
    }
  }

  private void newActiveKey() throws IOException {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Files.writeString(keys.resolve("credentials.key"), Base64.getEncoder().encodeToString(key));
  }

  private AesGcmSecretCipher cipher() {
    return new AesGcmSecretCipher(new CredentialKeys(keys.toString()), new ObjectMapper());
  }

  @Test
  void everyConnectionSealedWithARetiredKeyIsResealedWithTheActiveOne() throws IOException {
    newActiveKey();
    InMemoryConnections repository = new InMemoryConnections();
    ConnectionSecrets secrets = new ConnectionSecrets("pw", null, null, null);
    for (int i = 0; i < 3; i++) {
      TargetConnection c =
          new TargetConnection(
              UUID.randomUUID(),
              UUID.randomUUID(),
              "c" + i,
              Engine.POSTGRESQL,
              "db",
              5432,
              "app",
              "u",
              null,
              Environment.DEVELOPMENT,
              null,
              true,
              null,
              Instant.now(),
              Instant.now());
      repository.insert(new StoredConnection(c, cipher().seal(c.id(), secrets)));
    }
    Files.move(keys.resolve("credentials.key"), keys.resolve("credentials.1.retired.key"));
    newActiveKey();
    AesGcmSecretCipher rotated = cipher();
    ResealSecretsService service = new ResealSecretsService(repository, rotated);

    assertThat(service.resealAll()).isEqualTo(3);
    assertThat(repository.rows.values())
        .allSatisfy(
            row -> {
              assertThat(row.secret().keyId()).isEqualTo(rotated.activeKeyId());
              assertThat(rotated.open(row.connection().id(), row.secret())).isEqualTo(secrets);
            });
    assertThat(service.resealAll()).isZero();
  }
}
