package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.VerifyEmailUseCase;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.token.OneTimeToken;
import dev.kythera.identity.domain.token.TokenPurpose;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Confirms an address with a verification token and claims the invitations sent to it. */
@ApplicationScoped
public class VerifyEmailService implements VerifyEmailUseCase {
  private final OneTimeTokens tokens;
  private final UserRepository users;
  private final AuditTrail audit;
  private final InvitationClaims invitations;
  private final Clock clock;

  public VerifyEmailService(
      OneTimeTokens tokens,
      UserRepository users,
      AuditTrail audit,
      InvitationClaims invitations,
      Clock clock) {
    this.tokens = tokens;
    this.users = users;
    this.audit = audit;
    this.invitations = invitations;
    this.clock = clock;
  }

  @Override
  public void verify(VerifyEmailCommand command) {
    Instant now = clock.instant();
    OneTimeToken token = tokens.redeem(command.token(), TokenPurpose.EMAIL_VERIFICATION, now);
    User user = users.findById(token.userId()).orElseThrow(() -> KytheraException.notFound("User"));
    if (!user.emailVerified()) {
      users.update(user.withEmailVerified(now));
      audit.record(new AuditEntry("user.email_verified", user.id().value(), null, Map.of()));
    }
    invitations.claim(user, now);
  }
}
