package dev.kythera.gateway.application.port.out;

import java.util.UUID;

/** Outbound port: what the gateway remembers of accounts' status, role and plan. */
public interface UserStatusCache {

  /**
   * Drops what is cached about {@code userId} (a lookup in flight included), so the next status
   * check asks identity.
   */
  void forget(UUID userId);
}
