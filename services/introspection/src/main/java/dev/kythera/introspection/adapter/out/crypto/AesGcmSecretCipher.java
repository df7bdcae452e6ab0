package dev.kythera.introspection.adapter.out.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.introspection.application.port.out.SealedSecret;
import dev.kythera.introspection.application.port.out.SecretCipher;
import dev.kythera.introspection.domain.connection.ConnectionSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Outbound adapter (JCA): AES-256-GCM with a 96-bit random nonce per seal and the connection id as
 * associated data. Stored form: nonce followed by ciphertext and tag; the key id sits next to it.
 */
@ApplicationScoped
public class AesGcmSecretCipher implements SecretCipher {
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final CredentialKeys keys;
  private final ObjectMapper json;
  private final SecureRandom random = new SecureRandom();

  public AesGcmSecretCipher(CredentialKeys keys, ObjectMapper json) {
    this.keys = keys;
    this.json = json;
  }

  @Override
  public SealedSecret seal(UUID connectionId, ConnectionSecrets secrets) {
    CredentialKeys.Key key = keys.active();
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(connectionId.toString().getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(json.writeValueAsBytes(secrets));
      byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
      System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
      return new SealedSecret(key.id(), stored);
    } catch (GeneralSecurityException | JsonProcessingException e) {
      throw new IllegalStateException("Could not seal connection secrets", e);
    }
  }

  @Override
  public ConnectionSecrets open(UUID connectionId, SealedSecret sealed) {
    CredentialKeys.Key key =
        keys.byId(sealed.keyId())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Connection secrets were sealed with key "
                            + sealed.keyId()
                            + ", which is not configured (see docs/operations.md, key rotation)"));
    byte[] stored = sealed.ciphertext();
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          key.secret(),
          new GCMParameterSpec(TAG_BITS, Arrays.copyOf(stored, NONCE_BYTES)));
      cipher.updateAAD(connectionId.toString().getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
      return json.readValue(plain, ConnectionSecrets.class);
    } catch (GeneralSecurityException | java.io.IOException e) {
      // Never include the ciphertext or the key in the message.
      throw new IllegalStateException("Connection secrets could not be opened", e);
    }
  }

  @Override
  public String activeKeyId() {
    return keys.active().id();
  }
}
