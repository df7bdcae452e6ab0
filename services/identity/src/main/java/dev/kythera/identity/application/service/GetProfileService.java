package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.GetProfileUseCase;
import dev.kythera.identity.application.port.in.UserView;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the signed-in user's own account. */
@ApplicationScoped
public class GetProfileService implements GetProfileUseCase {
  private final UserRepository users;

  public GetProfileService(UserRepository users) {
    this.users = users;
  }

  @Override
  public UserView profile(UserId userId) {
    return users
        .findById(userId)
        .map(UserView::of)
        .orElseThrow(
            () -> new KytheraException(ErrorCode.UNAUTHENTICATED, "This account no longer exists"));
  }
}
