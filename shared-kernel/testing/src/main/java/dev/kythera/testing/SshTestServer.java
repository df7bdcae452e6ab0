package dev.kythera.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The loopback sshd of {@code .kythera-tools/sshd.sh}. {@code ./kythera test} starts it and exports
 * {@code KYTHERA_TEST_SSH_*}; when those are absent (a plain {@code mvn test}), this starts it
 * itself, reads {@code sshd.sh env}, and stops it when the JVM exits if it was not running before.
 * Never skips: without a server the tests fail.
 */
public record SshTestServer(
    String host, int port, String user, String password, Path keyFile, String hostKey) {

  private static SshTestServer instance;

  /** The running server, started on first use. */
  public static synchronized SshTestServer get() {
    if (instance == null) {
      Map<String, String> env =
          System.getenv("KYTHERA_TEST_SSH_PORT") != null ? System.getenv() : startAndReadEnv();
      instance =
          new SshTestServer(
              required(env, "KYTHERA_TEST_SSH_HOST"),
              Integer.parseInt(required(env, "KYTHERA_TEST_SSH_PORT")),
              required(env, "KYTHERA_TEST_SSH_USER"),
              required(env, "KYTHERA_TEST_SSH_PASSWORD"),
              Path.of(required(env, "KYTHERA_TEST_SSH_KEY")),
              required(env, "KYTHERA_TEST_SSH_HOST_KEY"));
    }
    return instance;
  }

  /** The client's private key text (OpenSSH format, unencrypted). */
  public String privateKey() {
    try {
      return Files.readString(keyFile);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the test client key " + keyFile, e);
    }
  }

  private static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException(name + " is not set (see .kythera-tools/sshd.sh env)");
    }
    return value;
  }

  private static Map<String, String> startAndReadEnv() {
    Path script = repoRoot().resolve(".kythera-tools/sshd.sh");
    boolean wasRunning = run(script, "status", false).exitCode() == 0;
    Result start = run(script, "start", true);
    if (start.exitCode() != 0) {
      throw new IllegalStateException(script + " start failed:\n" + start.output());
    }
    if (!wasRunning) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> run(script, "stop", false), "stop-test-sshd"));
    }
    Result env = run(script, "env", false);
    if (env.exitCode() != 0) {
      throw new IllegalStateException(script + " env failed:\n" + env.output());
    }
    return parseExports(env.output());
  }

  /** Reads {@code export NAME='value'} lines as {@code sshd.sh env} prints them. */
  static Map<String, String> parseExports(String text) {
    Map<String, String> values = new HashMap<>();
    for (String line : text.split("\n")) {
      line = line.strip();
      if (!line.startsWith("export ") || !line.contains("=")) {
        continue;
      }
      String assignment = line.substring("export ".length());
      String name = assignment.substring(0, assignment.indexOf('='));
      String value = assignment.substring(assignment.indexOf('=') + 1);
      if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
        value = value.substring(1, value.length() - 1).replace("'\\''", "'");
      }
      values.put(name, value);
    }
    return values;
  }

  private static Path repoRoot() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
      if (Files.isRegularFile(candidate.resolve(".kythera-tools/sshd.sh"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("no .kythera-tools/sshd.sh above " + dir);
  }

  private record Result(int exitCode, String output) {}

  private static Result run(Path script, String command, boolean mergeErrors) {
    try {
      ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), command);
      builder.redirectErrorStream(mergeErrors);
      if (!mergeErrors) {
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
      }
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return new Result(-1, output + "\n(timed out)");
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + script, e);
    }
  }
}
