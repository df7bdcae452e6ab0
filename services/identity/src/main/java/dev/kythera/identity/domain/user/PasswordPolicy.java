package dev.kythera.identity.domain.user;

import java.util.Optional;

/**
 * Domain rule: what a new password must look like. Length only (10..128 characters), as NIST SP
 * 800-63B advises: composition rules make passwords weaker, long ones make them strong.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  /** Why {@code password} is not acceptable, or empty when it is. Never echoes the password. */
  public static Optional<String> problem(String password) {
    if (password == null || password.isEmpty()) {
      return Optional.of("is required");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of("must be at least " + MIN_LENGTH + " characters");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    if (password.isBlank()) {
      return Optional.of("must not be only spaces");
    }
    return Optional.empty();
  }
}
