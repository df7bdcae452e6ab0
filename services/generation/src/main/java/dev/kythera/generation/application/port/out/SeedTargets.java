package dev.kythera.generation.application.port.out;

import dev.kythera.connectors.ConnectionDescriptor;

/** Outbound port: opens a writing session on a target database. */
public interface SeedTargets {

  /**
   * Opens a connection in one transaction; nothing is visible to others before {@link
   * SeedSession#commit()}. Throws 422 {@code connection-failed} naming the field when the database
   * cannot be reached.
   */
  SeedSession open(ConnectionDescriptor descriptor);
}
