package dev.kythera.connectors.ssh;

import dev.kythera.connectors.SshFailure;
import java.util.Optional;

/**
 * The SSH server's host key is not the stored one, or none is stored yet. Field {@code
 * ssh.hostKey}; the message names the fingerprint of the key the server offered, and {@link
 * #offered()} carries that key so a caller can ask the user to confirm it.
 */
public final class SshHostKeyFailure extends SshFailure {
  private final transient ObservedHostKey offered;

  SshHostKeyFailure(String message, ObservedHostKey offered, Throwable cause) {
    super(SshSessions.FIELD_HOST_KEY, message, cause);
    this.offered = offered;
  }

  /** The key the server presented, when it got that far. */
  public Optional<ObservedHostKey> offered() {
    return Optional.ofNullable(offered);
  }
}
