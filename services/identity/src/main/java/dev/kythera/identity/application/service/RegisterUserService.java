package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.RegisterUserUseCase;
import dev.kythera.identity.application.port.in.UserView;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.PasswordHasher;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Opens an account: checks the address is free, hashes the password, mails the code. */
@ApplicationScoped
public class RegisterUserService implements RegisterUserUseCase {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final OneTimeTokens tokens;
  private final AuditTrail audit;
  private final Clock clock;

  public RegisterUserService(
      UserRepository users,
      PasswordHasher hasher,
      OneTimeTokens tokens,
      AuditTrail audit,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.tokens = tokens;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public UserView register(RegisterUserCommand command) {
    // Checked before hashing so a duplicate costs no Argon2 work; insert() catches races.
    if (users.findByEmail(command.email()).isPresent()) {
      throw new KytheraException(ErrorCode.CONFLICT, "An account with this email already exists")
          .withField("email", "is already registered");
    }
    Instant now = clock.instant();
    User user =
        User.register(command.email(), command.name(), hasher.hash(command.password()), now);
    users.insert(user);
    tokens.mailVerification(user, now);
    audit.record(new AuditEntry("user.registered", user.id().value(), null, Map.of()));
    return UserView.of(user);
  }
}
