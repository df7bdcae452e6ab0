package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.user.User;
import java.time.Instant;
import java.util.UUID;

/** The signed-in user's own account, as the account page shows it. */
public record AccountView(
    UUID id,
    String email,
    String name,
    String role,
    String plan,
    boolean emailVerified,
    boolean mfaEnabled,
    Instant createdAt) {

  public static AccountView of(User user, boolean mfaEnabled) {
    return new AccountView(
        user.id().value(),
        user.email().value(),
        user.name(),
        user.role().wireName(),
        user.plan().wireName(),
        user.emailVerified(),
        mfaEnabled,
        user.createdAt());
  }
}
