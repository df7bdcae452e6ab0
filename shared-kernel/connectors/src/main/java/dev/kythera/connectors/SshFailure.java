package dev.kythera.connectors;

import java.sql.SQLException;

/**
 * The SSH hop in front of a database failed (host unreachable, authentication, host key). Carries
 * the tunnel field to fix; {@link ConnectionFailure#of} reports it as {@code SSH}.
 */
public class SshFailure extends SQLException {
  private final String field;

  public SshFailure(String field, String message, Throwable cause) {
    super(message, "08001", cause);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
