package dev.kythera.identity.application.port.in;

import dev.kythera.kernel.id.UserId;

/** Inbound port (internal): whether a user may still use the platform, for the gateway. */
public interface GetUserStatusUseCase {

  /**
   * @throws dev.kythera.kernel.error.KytheraException NOT_FOUND for an unknown user
   */
  UserStatus status(UserId userId);

  /** The facts the gateway needs about a user on each call. */
  record UserStatus(String userId, boolean enabled, String role, String plan) {}
}
