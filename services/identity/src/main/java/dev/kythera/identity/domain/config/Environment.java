package dev.kythera.identity.domain.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Value object: one environment of a project (e.g. {@code dev}, {@code staging}, {@code prod}).
 * {@code production} marks environments where guard rails apply their strictest rules.
 */
public record Environment(String name, boolean production, String description) {
  public static final int MAX_NAME_LENGTH = 40;
  public static final int MAX_DESCRIPTION_LENGTH = 200;
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  /** Why {@code name} is not acceptable, or empty when it is. */
  public static Optional<String> nameProblem(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("is required");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return Optional.of("must be at most " + MAX_NAME_LENGTH + " characters");
    }
    if (!NAME.matcher(name).matches()) {
      return Optional.of("must be lower-case letters, digits, '-' or '_'");
    }
    return Optional.empty();
  }

  public static Optional<String> descriptionProblem(String description) {
    if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
      return Optional.of("must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
    }
    return Optional.empty();
  }
}
