package dev.kythera.introspection.domain.connection;

/**
 * The secret part of a connection, only ever held in memory to open a connection or to be
 * encrypted. {@link #toString()} never prints a value.
 */
public record ConnectionSecrets(
    String password, String sshPassword, String sshPrivateKey, String sshPassphrase) {

  public static final ConnectionSecrets NONE = new ConnectionSecrets(null, null, null, null);

  /** These secrets, with each value the update leaves out (null) kept from {@code stored}. */
  public ConnectionSecrets keepingUnset(ConnectionSecrets stored) {
    return new ConnectionSecrets(
        password != null ? password : stored.password,
        sshPassword != null ? sshPassword : stored.sshPassword,
        sshPrivateKey != null ? sshPrivateKey : stored.sshPrivateKey,
        sshPassphrase != null ? sshPassphrase : stored.sshPassphrase);
  }

  public boolean hasPassword() {
    return password != null && !password.isEmpty();
  }

  @Override
  public String toString() {
    return "ConnectionSecrets[hidden]";
  }
}
