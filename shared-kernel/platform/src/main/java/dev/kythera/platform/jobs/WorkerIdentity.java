package dev.kythera.platform.jobs;

import java.util.UUID;

/** A name for this process, unique across replicas and restarts. */
final class WorkerIdentity {
  private static final String ID = host() + "-" + UUID.randomUUID().toString().substring(0, 8);

  private WorkerIdentity() {}

  static String id() {
    return ID;
  }

  private static String host() {
    String host = System.getenv("HOSTNAME");
    return host == null || host.isBlank() ? "local" : host;
  }
}
