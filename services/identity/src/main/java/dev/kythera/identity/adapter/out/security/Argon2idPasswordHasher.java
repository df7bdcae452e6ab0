package dev.kythera.identity.adapter.out.security;

import dev.kythera.identity.adapter.out.security.Argon2idHash.Argon2idCost;
import dev.kythera.identity.application.IdentityConfig;
import dev.kythera.identity.application.port.out.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Outbound adapter (BouncyCastle): {@link PasswordHasher} with Argon2id, 16-byte salt, 32-byte
 * output. The default cost is OWASP's minimum (19 MiB, 2 passes, 1 lane), about 0.1 s here.
 */
@ApplicationScoped
public class Argon2idPasswordHasher implements PasswordHasher {
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  // Refuse absurd stored costs so a tampered row cannot make one login eat the heap.
  private static final int MAX_MEMORY_KIB = 1 << 20;

  private final SecureRandom random = new SecureRandom();
  private final Argon2idCost cost;

  public Argon2idPasswordHasher(IdentityConfig config) {
    IdentityConfig.Argon2 argon2 = config.argon2();
    this.cost = new Argon2idCost(argon2.memoryKib(), argon2.iterations(), argon2.parallelism());
    if (cost.memoryKib() < 8 * cost.parallelism() || cost.iterations() < 1) {
      throw new IllegalStateException("kythera.identity.argon2 cost is too low: " + cost);
    }
  }

  @Override
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return new Argon2idHash(cost, salt, derive(password, salt, cost, HASH_BYTES)).encode();
  }

  @Override
  public boolean verify(String password, String encoded) {
    Optional<Argon2idHash> stored = Argon2idHash.parse(encoded);
    if (stored.isEmpty() || stored.get().cost().memoryKib() > MAX_MEMORY_KIB) {
      return false;
    }
    Argon2idHash expected = stored.get();
    byte[] actual = derive(password, expected.salt(), expected.cost(), expected.hash().length);
    return MessageDigest.isEqual(actual, expected.hash());
  }

  @Override
  public boolean needsRehash(String encoded) {
    return Argon2idHash.parse(encoded).map(hash -> !hash.cost().equals(cost)).orElse(true);
  }

  private static byte[] derive(String password, byte[] salt, Argon2idCost cost, int length) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(cost.memoryKib())
            .withIterations(cost.iterations())
            .withParallelism(cost.parallelism())
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] secret = password.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[length];
    try {
      generator.generateBytes(secret, out);
      return out;
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }
}
