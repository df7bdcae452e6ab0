package dev.kythera.introspection.application.port.out;

import dev.kythera.introspection.domain.connection.ConnectionSecrets;
import java.util.UUID;

/**
 * Outbound port: seals connection secrets with the active key and opens them with whichever known
 * key sealed them. The connection id is bound to the ciphertext, so a sealed secret copied onto
 * another connection's row does not open.
 */
public interface SecretCipher {

  /** Encrypts with the active key (fresh random nonce each time). */
  SealedSecret seal(UUID connectionId, ConnectionSecrets secrets);

  /**
   * Decrypts.
   *
   * @throws IllegalStateException when the key id is unknown or the ciphertext was tampered with
   */
  ConnectionSecrets open(UUID connectionId, SealedSecret sealed);

  /** Id of the key new secrets are sealed with. */
  String activeKeyId();
}
