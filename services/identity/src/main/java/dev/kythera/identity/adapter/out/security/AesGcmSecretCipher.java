package dev.kythera.identity.adapter.out.security;

import dev.kythera.identity.application.port.out.SecretCipher;
import dev.kythera.platform.config.KytheraConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Outbound adapter (JDK AES-256-GCM): {@link SecretCipher} with the 32-byte key in {@code
 * ${kythera.keys-dir}/credentials.key} (base64). Output: {@code v1:<keyId>:<base64(iv ‖ ciphertext
 * ‖ tag)>}, 12-byte random IV, 128-bit tag; the key id (first 8 base64url characters of the key's
 * SHA-256) lets a rotated key be told apart. The key is read at start, so a missing or bad key
 * stops the service.
 */
@Startup
@ApplicationScoped
public class AesGcmSecretCipher implements SecretCipher {
  private static final String VERSION = "v1";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;
  private final String keyId;

  public AesGcmSecretCipher(KytheraConfig config) {
    Path file = Path.of(config.keysDir()).resolve("credentials.key");
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    } catch (IOException | IllegalArgumentException e) {
      // The message names the file only: key material never reaches a log.
      throw new IllegalStateException("Cannot read the credentials key " + file, e);
    }
    if (raw.length != 32) {
      throw new IllegalStateException(file + " must hold 32 bytes (base64) for AES-256");
    }
    this.key = new SecretKeySpec(raw, "AES");
    this.keyId = keyId(raw);
  }

  @Override
  public String encrypt(byte[] plain) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(aad());
      byte[] sealed = cipher.doFinal(plain);
      byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
      return VERSION + ":" + keyId + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Encryption failed", e);
    }
  }

  @Override
  public byte[] decrypt(String cipherText) {
    String[] parts = cipherText.split(":", 3);
    if (parts.length != 3 || !VERSION.equals(parts[0])) {
      throw new IllegalStateException("Unknown ciphertext format");
    }
    if (!keyId.equals(parts[1])) {
      throw new IllegalStateException("Ciphertext was made with another key (" + parts[1] + ")");
    }
    try {
      byte[] all = Base64.getDecoder().decode(parts[2]);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
      cipher.updateAAD(aad());
      return cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("Ciphertext is damaged or was tampered with", e);
    }
  }

  /** Binds the ciphertext to its format and key id. */
  private byte[] aad() {
    return (VERSION + ":" + keyId).getBytes(StandardCharsets.US_ASCII);
  }

  private static String keyId(byte[] raw) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
