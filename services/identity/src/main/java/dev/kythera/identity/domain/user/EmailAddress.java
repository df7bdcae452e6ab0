package dev.kythera.identity.domain.user;

import dev.kythera.kernel.error.KytheraException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Value object: an email address in its normal form (trimmed, lower case), which is also the
 * account's unique login name.
 */
public record EmailAddress(String value) {
  public static final int MAX_LENGTH = 254;
  // Deliberately simple: the verification mail is the real proof the address works.
  private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  public EmailAddress {
    Optional<String> problem = problem(value);
    if (problem.isPresent()) {
      throw KytheraException.invalid("email", problem.get());
    }
    value = normalise(value);
  }

  /** Parses raw input, normalising it first. */
  public static EmailAddress of(String raw) {
    return new EmailAddress(raw);
  }

  /** Why {@code raw} is not an acceptable address, or empty when it is. */
  public static Optional<String> problem(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.of("is required");
    }
    String normal = normalise(raw);
    if (normal.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    if (!SHAPE.matcher(normal).matches()) {
      return Optional.of("must be an email address");
    }
    return Optional.empty();
  }

  private static String normalise(String raw) {
    return raw.trim().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
