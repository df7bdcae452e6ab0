package dev.kythera.introspection.domain.connection;

import java.util.Optional;

/** How the SSH hop authenticates. */
public enum SshAuthMethod {
  PASSWORD("password"),
  PRIVATE_KEY("privateKey");

  private final String wireName;

  SshAuthMethod(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<SshAuthMethod> fromWire(String text) {
    for (SshAuthMethod method : values()) {
      if (method.wireName.equals(text)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }
}
