package dev.kythera.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

/**
 * RSA key pairs for one test JVM, written as PEM files in the layout {@code ./kythera up} uses
 * ({@code gateway-*.pem} for internal tokens, {@code identity-*.pem} for user JWTs, {@code
 * service-*.pem} for service-to-service tokens).
 */
public final class TestKeys {
  private static Path dir;
  private static KeyPair gateway;
  private static KeyPair identity;
  private static KeyPair service;

  private TestKeys() {}

  public static synchronized Path dir() {
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("kythera-test-keys");
        gateway = generate();
        identity = generate();
        service = generate();
        write(dir.resolve("gateway"), gateway);
        write(dir.resolve("identity"), identity);
        write(dir.resolve("service"), service);
        Files.writeString(
            dir.resolve("credentials.key"),
            Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'k'));
      } catch (IOException e) {
        throw new IllegalStateException("Cannot write test keys", e);
      }
    }
    return dir;
  }

  public static PrivateKey gatewayPrivate() {
    dir();
    return gateway.getPrivate();
  }

  /** The key services sign service-to-service tokens with ({@code service-private.pem}). */
  public static PrivateKey servicePrivate() {
    dir();
    return service.getPrivate();
  }

  public static PublicKey identityPublic() {
    dir();
    return identity.getPublic();
  }

  public static PrivateKey identityPrivate() {
    dir();
    return identity.getPrivate();
  }

  /** A key pair nobody trusts, for forged-token tests. */
  public static KeyPair stranger() {
    return generate();
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path prefix, KeyPair pair) throws IOException {
    Files.writeString(
        Path.of(prefix + "-private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Files.writeString(
        Path.of(prefix + "-public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  private static String pem(String label, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }
}
