package dev.kythera.connectors.ssh;

import java.util.Objects;

/**
 * A host key an SSH server presented, for the trust-on-first-use choice: the user compares the
 * fingerprint with the server's own (for example {@code ssh-keygen -lf
 * /etc/ssh/ssh_host_ed25519_key.pub}), confirms, and the key is stored as the tunnel's {@code
 * knownHostKey}.
 *
 * @param key the key as in a known_hosts line without the host: {@code "<type> <base64>"}
 * @param fingerprint {@code SHA256:<base64 without padding>}, exactly as OpenSSH prints it
 */
public record ObservedHostKey(String key, String fingerprint) {
  public ObservedHostKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** The key's type, for example {@code ssh-ed25519}. */
  public String type() {
    return key.substring(0, key.indexOf(' '));
  }
}
