package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.ResendVerificationUseCase;
import dev.kythera.identity.application.port.out.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Mails a fresh verification code to an unverified account, silently doing nothing otherwise. */
@ApplicationScoped
public class ResendVerificationService implements ResendVerificationUseCase {
  private final UserRepository users;
  private final OneTimeTokens tokens;
  private final Clock clock;

  public ResendVerificationService(UserRepository users, OneTimeTokens tokens, Clock clock) {
    this.users = users;
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public void resend(ResendVerificationCommand command) {
    users
        .findByEmail(command.email())
        .filter(user -> !user.emailVerified() && user.enabled())
        .ifPresent(user -> tokens.mailVerification(user, clock.instant()));
  }
}
