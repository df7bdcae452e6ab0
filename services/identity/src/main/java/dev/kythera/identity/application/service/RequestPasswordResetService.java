package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.RequestPasswordResetUseCase;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Mails a reset code to an enabled account, silently doing nothing otherwise. */
@ApplicationScoped
public class RequestPasswordResetService implements RequestPasswordResetUseCase {
  private final UserRepository users;
  private final OneTimeTokens tokens;
  private final Clock clock;

  public RequestPasswordResetService(UserRepository users, OneTimeTokens tokens, Clock clock) {
    this.users = users;
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public void requestReset(RequestPasswordResetCommand command) {
    users
        .findByEmail(command.email())
        .filter(User::enabled)
        .ifPresent(user -> tokens.mailPasswordReset(user, clock.instant()));
  }
}
