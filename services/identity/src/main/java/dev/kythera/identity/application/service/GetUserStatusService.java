package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.GetUserStatusUseCase;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;

/** Tells the gateway whether a user is enabled and with which role and plan. */
@ApplicationScoped
public class GetUserStatusService implements GetUserStatusUseCase {
  private final UserRepository users;

  public GetUserStatusService(UserRepository users) {
    this.users = users;
  }

  @Override
  public UserStatus status(UserId userId) {
    return users
        .findById(userId)
        .map(
            user ->
                new UserStatus(
                    user.id().toString(),
                    user.enabled(),
                    user.role().wireName(),
                    user.plan().wireName()))
        .orElseThrow(() -> KytheraException.notFound("User"));
  }
}
