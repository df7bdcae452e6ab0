package dev.kythera.connectors.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.UserInfo;
import dev.kythera.connectors.ConnectionDescriptor.SshTunnel;
import dev.kythera.connectors.HostNames;
import dev.kythera.connectors.SshFailure;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * JSch sessions with a pinned host key: the one place that talks to JSch. JSch's own logger stays
 * at its default (it discards everything), and nothing here logs or puts into a message a password,
 * a private key or a passphrase.
 */
final class SshSessions {
  static final String FIELD_HOST = "ssh.host";
  static final String FIELD_USER = "ssh.user";
  static final String FIELD_PASSWORD = "ssh.password";
  static final String FIELD_PRIVATE_KEY = "ssh.privateKey";
  static final String FIELD_HOST_KEY = "ssh.hostKey";

  static final int DEFAULT_SSH_PORT = 22;
  private static final int KEEPALIVE_MILLIS = 30_000;

  private SshSessions() {}

  /**
   * Opens an authenticated session to the tunnel's SSH server, accepting only the server key that
   * {@code tunnel.knownHostKey()} names.
   *
   * @throws SshFailure naming the tunnel field to fix
   */
  static Session connect(SshTunnel tunnel, Duration timeout) throws SshFailure {
    String host = requireHost(tunnel.host());
    int port = tunnel.port() > 0 ? tunnel.port() : DEFAULT_SSH_PORT;
    if (tunnel.user() == null || tunnel.user().isBlank()) {
      throw new SshFailure(FIELD_USER, "Give the user name to log in to the SSH server as.", null);
    }
    PublicKeyText known = null;
    if (tunnel.knownHostKey() != null && !tunnel.knownHostKey().isBlank()) {
      known = PublicKeyText.parse(tunnel.knownHostKey());
    }
    boolean hasKey = tunnel.privateKey() != null && !tunnel.privateKey().isBlank();
    boolean hasPassword = tunnel.password() != null && !tunnel.password().isEmpty();
    if (!hasKey && !hasPassword) {
      throw new SshFailure(
          FIELD_PASSWORD, "Give a private key or a password for the SSH user.", null);
    }

    JSch jsch = new JSch();
    if (hasKey) {
      addIdentity(jsch, tunnel.privateKey(), tunnel.passphrase());
    }
    PinnedHostKeyRepository hostKeys = new PinnedHostKeyRepository(known);
    Session session;
    try {
      session = jsch.getSession(tunnel.user(), host, port);
    } catch (JSchException e) {
      throw new SshFailure(FIELD_HOST, "The SSH host is not valid.", e);
    }
    session.setHostKeyRepository(hostKeys);
    configure(session, known);
    List<String> methods = new ArrayList<>();
    if (hasKey) {
      methods.add("publickey");
    }
    if (hasPassword) {
      session.setPassword(tunnel.password());
      methods.add("password");
      // servers that check passwords through PAM ask for them as keyboard-interactive; JSch
      // answers a single "Password:" prompt with the session password (once, no retries)
      methods.add("keyboard-interactive");
    }
    session.setConfig("PreferredAuthentications", String.join(",", methods));
    try {
      session.connect(millis(timeout));
      session.setServerAliveInterval(KEEPALIVE_MILLIS);
      session.setServerAliveCountMax(3);
      return session;
    } catch (JSchException e) {
      session.disconnect();
      throw failure(e, hostKeys, hasKey, host, port);
    }
  }

  /**
   * Connects only as far as the key exchange, to read the host key the server presents.
   *
   * @throws SshFailure when the server cannot be reached or does not speak SSH
   */
  static ObservedHostKey scan(String host, int port, Duration timeout) throws SshFailure {
    String checkedHost = requireHost(host);
    int checkedPort = port > 0 ? port : DEFAULT_SSH_PORT;
    PinnedHostKeyRepository hostKeys = new PinnedHostKeyRepository(null);
    Session session;
    try {
      session = new JSch().getSession("kythera-host-key-scan", checkedHost, checkedPort);
    } catch (JSchException e) {
      throw new SshFailure(FIELD_HOST, "The SSH host is not valid.", e);
    }
    session.setHostKeyRepository(hostKeys);
    configure(session, null);
    try {
      session.connect(millis(timeout));
    } catch (JSchException e) {
      if (hostKeys.offered() != null) {
        return hostKeys.offered();
      }
      throw failure(e, hostKeys, false, checkedHost, checkedPort);
    } finally {
      session.disconnect();
    }
    // unreachable with StrictHostKeyChecking=yes and an empty repository
    throw new SshFailure(FIELD_HOST_KEY, "The SSH server presented no host key.", null);
  }

  private static String requireHost(String host) throws SshFailure {
    if (!HostNames.isValid(host)) {
      throw new SshFailure(FIELD_HOST, "Give the SSH server's host name or IP address.", null);
    }
    return host;
  }

  private static void configure(Session session, PublicKeyText known) {
    session.setConfig("StrictHostKeyChecking", "yes");
    session.setConfig("HashKnownHosts", "no");
    // the repository lists no keys: the order of host key algorithms is set here instead
    session.setConfig("prefer_known_host_key_types", "no");
    session.setConfig("server_host_key", hostKeyAlgorithms(known));
    session.setDaemonThread(true);
  }

  /**
   * JSch's host key algorithms without certificate types (a certificate would be checked against a
   * CA, not against the pinned key), the pinned key's own algorithms first.
   */
  static String hostKeyAlgorithms(PublicKeyText known) {
    List<String> defaults = new ArrayList<>();
    for (String algorithm : JSch.getConfig("server_host_key").split(",")) {
      if (!algorithm.isBlank() && !algorithm.contains("-cert-")) {
        defaults.add(algorithm.trim());
      }
    }
    Set<String> ordered = new LinkedHashSet<>();
    if (known != null) {
      List<String> preferred =
          known.type().equals("ssh-rsa") ? List.of("rsa-sha2-512", "rsa-sha2-256") : List.of();
      for (String algorithm : defaults) {
        if (algorithm.equals(known.type()) || preferred.contains(algorithm)) {
          ordered.add(algorithm);
        }
      }
    }
    ordered.addAll(defaults);
    return String.join(",", ordered);
  }

  private static void addIdentity(JSch jsch, String privateKey, String passphrase)
      throws SshFailure {
    byte[] key = privateKey.strip().concat("\n").getBytes(StandardCharsets.UTF_8);
    byte[] secret =
        passphrase == null || passphrase.isEmpty()
            ? null
            : passphrase.getBytes(StandardCharsets.UTF_8);
    try {
      jsch.addIdentity("kythera-ssh-tunnel", key, null, secret);
    } catch (JSchException e) {
      // JSch's message may quote the key material: keep it out of the failure
      String message =
          secret == null
              ? "The private key could not be read: give an OpenSSH or PEM private key (an"
                  + " encrypted key needs its passphrase)."
              : "The private key could not be read, or the passphrase is wrong.";
      throw new SshFailure(FIELD_PRIVATE_KEY, message, null);
    } finally {
      Arrays.fill(key, (byte) 0);
      if (secret != null) {
        Arrays.fill(secret, (byte) 0);
      }
    }
  }

  private static SshFailure failure(
      JSchException e, PinnedHostKeyRepository hostKeys, boolean keyAuth, String host, int port) {
    ObservedHostKey offered = hostKeys.offered();
    if (offered != null && hostKeys.result() != HostKeyRepository.OK) {
      String message =
          hostKeys.expected() == null
              ? "The SSH server's host key is not confirmed yet: it presents "
                  + offered.type()
                  + " "
                  + offered.fingerprint()
                  + ". Compare this fingerprint with the server's and confirm it."
              : "The SSH server presents host key "
                  + offered.type()
                  + " "
                  + offered.fingerprint()
                  + ", not the confirmed one ("
                  + hostKeys.expected().fingerprint()
                  + "). If the server's key really changed, confirm the new fingerprint.";
      return new SshHostKeyFailure(message, offered, e);
    }
    String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (hostKeys.result() == HostKeyRepository.OK && text.contains("auth")) {
      return keyAuth
          ? new SshFailure(
              FIELD_PRIVATE_KEY,
              "The SSH server did not accept the private key (or the password) for this user.",
              e)
          : new SshFailure(FIELD_PASSWORD, "The SSH user name or password is wrong.", e);
    }
    String where = host + ":" + port;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnknownHostException) {
        return new SshFailure(FIELD_HOST, "The SSH host name could not be resolved.", e);
      }
      if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
        return new SshFailure(FIELD_HOST, "Nothing accepts SSH connections at " + where + ".", e);
      }
      if (cause instanceof SocketTimeoutException) {
        return timeout(where, e);
      }
    }
    if (text.contains("timeout") || text.contains("timed out")) {
      return timeout(where, e);
    }
    if (text.contains("version")) {
      return new SshFailure(FIELD_HOST, "The server at " + where + " does not speak SSH.", e);
    }
    return new SshFailure(
        FIELD_HOST, "The SSH connection to " + where + " failed: " + e.getMessage(), e);
  }

  private static SshFailure timeout(String where, Throwable cause) {
    return new SshFailure(
        FIELD_HOST, "The SSH server at " + where + " did not answer within the timeout.", cause);
  }

  static int millis(Duration timeout) {
    long millis = timeout == null ? 0 : timeout.toMillis();
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, millis));
  }

  static String fingerprint(byte[] blob) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
      return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /** A public key as text ({@code "<type> <base64>"}), checked and decoded. */
  record PublicKeyText(String type, byte[] blob) {
    static PublicKeyText parse(String text) throws SshFailure {
      String[] tokens = text.strip().split("\\s+");
      // "<type> <base64> [comment]", or a whole known_hosts line "<host> <type> <base64>"
      int at = tokens.length >= 3 && !looksLikeType(tokens[0]) && looksLikeType(tokens[1]) ? 1 : 0;
      if (tokens.length < at + 2 || !looksLikeType(tokens[at])) {
        throw invalid();
      }
      byte[] blob;
      try {
        blob = Base64.getDecoder().decode(tokens[at + 1]);
      } catch (IllegalArgumentException e) {
        throw invalid();
      }
      if (!tokens[at].equals(embeddedType(blob))) {
        throw invalid();
      }
      return new PublicKeyText(tokens[at], blob);
    }

    String fingerprint() {
      return SshSessions.fingerprint(blob);
    }

    private static boolean looksLikeType(String token) {
      return token.startsWith("ssh-") || token.startsWith("ecdsa-") || token.startsWith("sk-");
    }

    private static SshFailure invalid() {
      return new SshFailure(
          FIELD_HOST_KEY,
          "The confirmed host key is not a public key in the form '<type> <base64>'.",
          null);
    }
  }

  /** The key type written at the start of an SSH public key blob, or null. */
  static String embeddedType(byte[] blob) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(blob))) {
      int length = in.readInt();
      if (length <= 0 || length > 64 || length > blob.length - 4) {
        return null;
      }
      byte[] name = new byte[length];
      in.readFully(name);
      return new String(name, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Accepts exactly one key. It records what the server offered, so a refusal can name its
   * fingerprint; JSch asks {@link #check} during the key exchange, before any authentication.
   */
  static final class PinnedHostKeyRepository implements HostKeyRepository {
    private final PublicKeyText expected;
    private volatile ObservedHostKey offered;
    private volatile int result = -1;

    PinnedHostKeyRepository(PublicKeyText expected) {
      this.expected = expected;
    }

    @Override
    public int check(String host, byte[] key) {
      String type = embeddedType(key);
      offered =
          type == null
              ? null
              : new ObservedHostKey(
                  type + " " + Base64.getEncoder().encodeToString(key), fingerprint(key));
      if (expected == null) {
        result = NOT_INCLUDED;
      } else {
        result = MessageDigest.isEqual(expected.blob(), key) ? OK : CHANGED;
      }
      return result;
    }

    PublicKeyText expected() {
      return expected;
    }

    ObservedHostKey offered() {
      return offered;
    }

    int result() {
      return result;
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
      // the confirmed key is stored by the caller, never by JSch
    }

    @Override
    public void remove(String host, String type) {}

    @Override
    public void remove(String host, String type, byte[] key) {}

    @Override
    public String getKnownHostsRepositoryID() {
      return "kythera-confirmed-host-key";
    }

    @Override
    public HostKey[] getHostKey() {
      return new HostKey[0];
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
      return new HostKey[0];
    }
  }
}
