package dev.kythera.identity.application.port.out;

/**
 * Outbound port: authenticated encryption of small secrets at rest (TOTP secrets). The ciphertext
 * names the key that made it, so keys can rotate.
 */
public interface SecretCipher {

  String encrypt(byte[] plain);

  /**
   * @throws IllegalStateException when the text was tampered with or its key is unknown
   */
  byte[] decrypt(String cipherText);
}
