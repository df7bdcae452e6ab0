package dev.kythera.introspection.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.introspection.application.port.out.SealedSecret;
import dev.kythera.introspection.domain.connection.ConnectionSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmSecretCipherTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ConnectionSecrets SECRETS =
      new ConnectionSecrets("db-pass", "ssh-pass", "-----BEGIN KEY-----", null);

  @TempDir Path keys;

  private static void writeKey(Path file) throws IOException {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
  }

  private AesGcmSecretCipher cipher() {
    return new AesGcmSecretCipher(new CredentialKeys(keys.toString()), JSON);
  }

  @Test
  void sealedSecretsOpenOnlyForTheirConnectionAndHideThePlaintext() throws IOException {
    writeKey(keys.resolve("credentials.key"));
    AesGcmSecretCipher cipher = cipher();
    UUID connection = UUID.randomUUID();

    SealedSecret sealed = cipher.seal(connection, SECRETS);

    assertThat(sealed.keyId()).isEqualTo(cipher.activeKeyId()).hasSize(16);
    assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1))
        .doesNotContain("db-pass");
    assertThat(cipher.open(connection, sealed)).isEqualTo(SECRETS);
    assertThat(cipher.seal(connection, SECRETS).ciphertext()).isNotEqualTo(sealed.ciphertext());
    assertThatThrownBy(() -> cipher.open(UUID.randomUUID(), sealed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("db-pass");
    byte[] tampered = sealed.ciphertext().clone();
    tampered[tampered.length - 1] ^= 1;
    assertThatThrownBy(() -> cipher.open(connection, new SealedSecret(sealed.keyId(), tampered)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void afterARotationOldSecretsStillOpenAndNewOnesUseTheNewKey() throws IOException {
    writeKey(keys.resolve("credentials.key"));
    UUID connection = UUID.randomUUID();
    SealedSecret old = cipher().seal(connection, SECRETS);

    Files.move(keys.resolve("credentials.key"), keys.resolve("credentials.20261128.retired.key"));
    writeKey(keys.resolve("credentials.key"));
    AesGcmSecretCipher rotated = cipher();

    assertThat(rotated.activeKeyId()).isNotEqualTo(old.keyId());
    assertThat(rotated.open(connection, old)).isEqualTo(SECRETS);
    assertThat(rotated.seal(connection, SECRETS).keyId()).isEqualTo(rotated.activeKeyId());

    Files.delete(keys.resolve("credentials.20261128.retired.key"));
    assertThatThrownBy(() -> cipher().open(connection, old))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(old.keyId());
  }

  @Test
  void aKeyOfTheWrongSizeIsRefusedAtStart() throws IOException {
    Files.writeString(
        keys.resolve("credentials.key"), Base64.getEncoder().encodeToString(new byte[16]));
    assertThatThrownBy(this::cipher).hasMessageContaining("32 bytes");
  }
}
