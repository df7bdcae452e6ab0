package dev.kythera.connectors.ssh;

import dev.kythera.connectors.SshFailure;
import java.time.Duration;

/** Reads an SSH server's host key, for the trust-on-first-use choice. */
public final class HostKeys {
  private HostKeys() {}

  /**
   * Connects to an SSH server only as far as the key exchange (no authentication) and returns the
   * host key it presents: the user checks the fingerprint, and the confirmed key becomes the
   * tunnel's {@code knownHostKey}.
   *
   * @throws SshFailure field {@code ssh.host} when the server cannot be reached in time or does not
   *     speak SSH
   */
  public static ObservedHostKey scan(String host, int port, Duration timeout) throws SshFailure {
    return SshSessions.scan(host, port, timeout);
  }

  /** The fingerprint OpenSSH prints for a key given as {@code "<type> <base64>"}. */
  public static String fingerprint(String key) throws SshFailure {
    return SshSessions.PublicKeyText.parse(key).fingerprint();
  }
}
