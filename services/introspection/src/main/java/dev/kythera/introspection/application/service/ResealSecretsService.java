package dev.kythera.introspection.application.service;

import dev.kythera.introspection.application.port.out.ConnectionRepository;
import dev.kythera.introspection.application.port.out.SecretCipher;
import dev.kythera.introspection.application.port.out.StoredConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Finishes a key rotation: every connection whose secrets were sealed with an earlier key is opened
 * with that (retired) key and sealed again with the active one. Runs at start-up, so {@code
 * ./kythera rotate-credentials-key} followed by a restart is the whole rotation.
 */
@ApplicationScoped
public class ResealSecretsService {
  private final ConnectionRepository connections;
  private final SecretCipher cipher;

  public ResealSecretsService(ConnectionRepository connections, SecretCipher cipher) {
    this.connections = connections;
    this.cipher = cipher;
  }

  /** Re-seals what needs it; returns how many connections were re-sealed. */
  @Transactional
  public int resealAll() {
    List<StoredConnection> stale = connections.sealedWithOtherKey(cipher.activeKeyId());
    for (StoredConnection stored : stale) {
      var id = stored.connection().id();
      connections.update(
          new StoredConnection(
              stored.connection(), cipher.seal(id, cipher.open(id, stored.secret()))));
    }
    return stale.size();
  }
}
