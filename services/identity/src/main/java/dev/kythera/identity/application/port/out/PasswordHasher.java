package dev.kythera.identity.application.port.out;

/**
 * Outbound port: one-way password hashing. Encoded hashes carry their algorithm and cost, so the
 * cost can rise without invalidating stored hashes.
 */
public interface PasswordHasher {

  /** Hashes with a fresh salt and the current cost. */
  String hash(String password);

  /** True when {@code password} matches {@code encoded}; constant-time comparison. */
  boolean verify(String password, String encoded);

  /** True when {@code encoded} was made with another cost than the current one. */
  boolean needsRehash(String encoded);
}
