package dev.kythera.platform.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads RSA keys from PEM files (PKCS#8 private, X.509 SubjectPublicKeyInfo public). */
public final class PemKeys {
  private PemKeys() {}

  public static PublicKey publicKey(Path file) {
    try {
      byte[] der = der(Files.readString(file));
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read public key " + file + ": " + e.getMessage(), e);
    }
  }

  public static PrivateKey privateKey(Path file) {
    try {
      byte[] der = der(Files.readString(file));
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IOException | GeneralSecurityException e) {
      // The message names the file only: key material never reaches a log.
      throw new IllegalStateException("Cannot read private key " + file, e);
    }
  }

  private static byte[] der(String pem) {
    String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }
}
