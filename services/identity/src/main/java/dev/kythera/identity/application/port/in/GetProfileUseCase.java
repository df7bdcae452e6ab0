package dev.kythera.identity.application.port.in;

import dev.kythera.kernel.id.UserId;

/** Inbound port: the signed-in user's own account. */
public interface GetProfileUseCase {

  /**
   * @throws dev.kythera.kernel.error.KytheraException UNAUTHENTICATED when the account no longer
   *     exists
   */
  UserView profile(UserId userId);
}
