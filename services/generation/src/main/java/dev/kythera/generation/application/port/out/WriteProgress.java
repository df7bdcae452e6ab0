package dev.kythera.generation.application.port.out;

/**
 * Told how many rows a write has sent so far, at every buffer; answers whether to go on. A writer
 * that is told to stop ends its statement early and returns, so the caller can roll back cleanly
 * instead of tearing down a connection in the middle of a protocol exchange.
 */
@FunctionalInterface
public interface WriteProgress {
  boolean proceed(long rowsSoFar);

  static WriteProgress always() {
    return rows -> true;
  }
}
