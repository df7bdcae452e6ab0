package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.ResetPasswordUseCase;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.PasswordHasher;
import dev.kythera.identity.application.port.out.RefreshTokenRepository;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.token.OneTimeToken;
import dev.kythera.identity.domain.token.TokenPurpose;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Sets a new password from a reset token and signs the user out everywhere. The reset also proves
 * the mailbox is the user's, so it confirms the address too.
 */
@ApplicationScoped
public class ResetPasswordService implements ResetPasswordUseCase {
  private final OneTimeTokens tokens;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final RefreshTokenRepository refreshTokens;
  private final AuditTrail audit;
  private final InvitationClaims invitations;
  private final Clock clock;

  public ResetPasswordService(
      OneTimeTokens tokens,
      UserRepository users,
      PasswordHasher hasher,
      RefreshTokenRepository refreshTokens,
      AuditTrail audit,
      InvitationClaims invitations,
      Clock clock) {
    this.tokens = tokens;
    this.users = users;
    this.hasher = hasher;
    this.refreshTokens = refreshTokens;
    this.audit = audit;
    this.invitations = invitations;
    this.clock = clock;
  }

  @Override
  public void reset(ResetPasswordCommand command) {
    Instant now = clock.instant();
    OneTimeToken token = tokens.redeem(command.token(), TokenPurpose.PASSWORD_RESET, now);
    User user = users.findById(token.userId()).orElseThrow(() -> KytheraException.notFound("User"));
    User updated = user.withPasswordHash(hasher.hash(command.password()), now);
    users.update(updated.emailVerified() ? updated : updated.withEmailVerified(now));
    refreshTokens.revokeAllOf(user.id(), now);
    invitations.claim(user, now);
    audit.record(new AuditEntry("user.password_reset", user.id().value(), null, Map.of()));
  }
}
