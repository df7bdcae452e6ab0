package dev.kythera.introspection.domain.connection;

/**
 * The non-secret part of an SSH tunnel: where and as whom, and the host key the user trusted
 * ({@code type base64}, null until trusted).
 */
public record SshSettings(
    String host, int port, String username, SshAuthMethod authMethod, String hostKey) {

  public SshSettings withHostKey(String key) {
    return new SshSettings(host, port, username, authMethod, key);
  }
}
