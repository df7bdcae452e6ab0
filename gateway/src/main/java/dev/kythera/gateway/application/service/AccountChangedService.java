package dev.kythera.gateway.application.service;

import dev.kythera.gateway.application.port.in.AccountChangedUseCase;
import dev.kythera.gateway.application.port.out.UserStatusCache;
import java.util.UUID;

/** Implements {@link AccountChangedUseCase}: the account's cached status is forgotten. */
public final class AccountChangedService implements AccountChangedUseCase {
  private final UserStatusCache statuses;

  public AccountChangedService(UserStatusCache statuses) {
    this.statuses = statuses;
  }

  @Override
  public void accountChanged(UUID userId) {
    statuses.forget(userId);
  }
}
