package dev.kythera.introspection.application.port.out;

/** Encrypted connection secrets and the id of the key that sealed them. */
public record SealedSecret(String keyId, byte[] ciphertext) {}
