package dev.kythera.introspection.application.port.in;

import dev.kythera.connectors.ssh.ObservedHostKey;
import java.util.UUID;

/** Inbound port: tries connections without storing anything. */
public interface TestConnectionUseCase {

  /** Connects with a draft (nothing stored); 422 {@code connection-failed} when it cannot. */
  TestResult test(ConnectionDraft draft);

  /**
   * Connects with changed settings of a saved connection before they are saved: secrets the draft
   * leaves out, and a trusted host key for the same SSH host, come from the stored connection.
   */
  TestResult test(UUID projectId, UUID connectionId, ConnectionDraft draft);

  /** Connects with a saved connection. */
  TestResult test(UUID projectId, UUID connectionId);

  /**
   * The host key an SSH server offers, for the user to trust (trust on first use); 400 for a host
   * that is not a host name or address, or a port out of range (null means 22).
   */
  ObservedHostKey scanHostKey(String host, Integer port);
}
