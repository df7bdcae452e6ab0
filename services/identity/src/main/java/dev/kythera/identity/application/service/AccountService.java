package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.AccountView;
import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.identity.application.port.in.ManageAccountUseCase;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.MfaRepository;
import dev.kythera.identity.application.port.out.PasswordHasher;
import dev.kythera.identity.application.port.out.RefreshTokenRepository;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.mfa.MfaEnrollment;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The signed-in user's own account: profile, password, sessions and deletion. */
@ApplicationScoped
public class AccountService implements ManageAccountUseCase {
  private final Accounts accounts;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final RefreshTokenRepository refreshTokens;
  private final MfaRepository mfa;
  private final SecondFactor secondFactor;
  private final AccountRemoval removal;
  private final AuditTrail audit;
  private final Clock clock;

  public AccountService(
      Accounts accounts,
      UserRepository users,
      PasswordHasher hasher,
      RefreshTokenRepository refreshTokens,
      MfaRepository mfa,
      SecondFactor secondFactor,
      AccountRemoval removal,
      AuditTrail audit,
      Clock clock) {
    this.accounts = accounts;
    this.users = users;
    this.hasher = hasher;
    this.refreshTokens = refreshTokens;
    this.mfa = mfa;
    this.secondFactor = secondFactor;
    this.removal = removal;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public AccountView profile(Actor actor) {
    User user = accounts.of(actor);
    return AccountView.of(user, mfaEnabled(user));
  }

  @Override
  public AccountView rename(Actor actor, String name) {
    ManageAccountUseCase.checkName(name);
    User user = accounts.of(actor).withName(name, clock.instant());
    users.update(user);
    audit.record(new AuditEntry("account.profile_updated", user.id().value(), null, Map.of()));
    return AccountView.of(user, mfaEnabled(user));
  }

  @Override
  public void changePassword(Actor actor, ChangePasswordCommand command) {
    User user = accounts.of(actor);
    requirePassword(user, command.currentPassword(), "currentPassword");
    Instant now = clock.instant();
    users.update(user.withPasswordHash(hasher.hash(command.newPassword()), now));
    refreshTokens.revokeAllOf(user.id(), now);
    audit.record(new AuditEntry("account.password_changed", user.id().value(), null, Map.of()));
  }

  @Override
  public List<SessionView> sessions(Actor actor) {
    User user = accounts.of(actor);
    return refreshTokens.liveSessions(user.id(), clock.instant()).stream()
        .map(
            s ->
                new SessionView(
                    s.id(), s.createdAt(), s.lastUsedAt(), s.expiresAt(), s.userAgent()))
        .toList();
  }

  @Override
  public void revokeSession(Actor actor, UUID sessionId) {
    User user = accounts.of(actor);
    if (!refreshTokens.familyBelongsTo(sessionId, user.id())) {
      throw KytheraException.notFound("Session");
    }
    refreshTokens.revokeFamily(sessionId, clock.instant());
    audit.record(
        new AuditEntry(
            "account.session_revoked",
            user.id().value(),
            null,
            Map.of("sessionId", sessionId.toString())));
  }

  @Override
  public AccountDeletion delete(Actor actor, String password, String code) {
    if (password == null || password.isEmpty()) {
      throw KytheraException.invalid("password", "is required");
    }
    User user = accounts.of(actor);
    if (user.role() == Role.SUPER_ADMIN) {
      throw new KytheraException(
          ErrorCode.CONFLICT,
          "A super_admin account is removed by another super_admin's demotion first");
    }
    requirePassword(user, password, "password");
    Optional<MfaEnrollment> enrollment = mfa.find(user.id()).filter(MfaEnrollment::enabled);
    if (enrollment.isPresent()) {
      if (code == null || code.isBlank()) {
        throw KytheraException.invalid("code", "is required while two-factor authentication is on");
      }
      if (!secondFactor.accept(enrollment.get(), code, clock.instant())) {
        throw new KytheraException(ErrorCode.FORBIDDEN, "The code is not valid")
            .withField("code", "is not valid");
      }
    }
    AccountDeletion deletion = removal.remove(user, clock.instant());
    audit.record(
        new AuditEntry(
            "account.deleted",
            user.id().value(),
            null,
            Map.of(
                "projectsTransferred",
                deletion.projects().stream().filter(p -> p.outcome().equals("transferred")).count(),
                "projectsDeleted",
                deletion.projects().stream().filter(p -> p.outcome().equals("deleted")).count())));
    return deletion;
  }

  private void requirePassword(User user, String password, String field) {
    if (!hasher.verify(password, user.passwordHash())) {
      throw new KytheraException(ErrorCode.FORBIDDEN, "The password is not correct")
          .withField(field, "is not correct");
    }
  }

  private boolean mfaEnabled(User user) {
    return mfa.find(user.id()).map(MfaEnrollment::enabled).orElse(false);
  }
}
