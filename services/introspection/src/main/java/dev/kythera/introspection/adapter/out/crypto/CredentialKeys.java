package dev.kythera.introspection.adapter.out.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The AES-256 keys for connection secrets, read from the keys directory: {@code credentials.key} is
 * the active key, {@code credentials.*.retired.key} are earlier ones kept so rows sealed with them
 * still open until re-encrypted. A key's id is derived from the key (first 8 bytes of its SHA-256),
 * so it needs no separate bookkeeping and never reveals the key.
 */
@ApplicationScoped
public class CredentialKeys {
  /** One key and its id. */
  public record Key(String id, SecretKey secret) {
    @Override
    public String toString() {
      return "Key[" + id + "]";
    }
  }

  private final Key active;
  private final Map<String, Key> all = new LinkedHashMap<>();

  public CredentialKeys(@ConfigProperty(name = "kythera.keys-dir") String keysDir) {
    Path dir = Path.of(keysDir);
    this.active = read(dir.resolve("credentials.key"));
    all.put(active.id(), active);
    try (DirectoryStream<Path> retired =
        Files.newDirectoryStream(dir, "credentials.*.retired.key")) {
      for (Path file : retired) {
        Key key = read(file);
        all.putIfAbsent(key.id(), key);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
  }

  public Key active() {
    return active;
  }

  public Optional<Key> byId(String id) {
    return Optional.ofNullable(all.get(id));
  }

  private static Key read(Path file) {
    try {
      byte[] raw = Base64.getDecoder().decode(Files.readString(file).trim());
      if (raw.length != 32) {
        throw new IllegalStateException(file + " must hold 32 bytes, base64-encoded (AES-256)");
      }
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
      String id = HexFormat.of().formatHex(digest, 0, 8);
      return new Key(id, new SecretKeySpec(raw, "AES"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the credentials key " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
