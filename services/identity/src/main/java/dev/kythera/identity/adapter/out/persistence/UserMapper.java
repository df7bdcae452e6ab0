package dev.kythera.identity.adapter.out.persistence;

import dev.kythera.identity.domain.user.EmailAddress;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.id.UserId;

/** Maps users between the domain and the persistence model. */
final class UserMapper {
  private UserMapper() {}

  static User toDomain(UserEntity entity) {
    return new User(
        new UserId(entity.id),
        EmailAddress.of(entity.email),
        entity.name,
        entity.passwordHash,
        Role.fromWire(entity.role).orElseThrow(() -> corrupt("role", entity.role)),
        Plan.fromWire(entity.plan).orElseThrow(() -> corrupt("plan", entity.plan)),
        entity.emailVerified,
        entity.enabled,
        entity.createdAt,
        entity.updatedAt);
  }

  /** Copies the domain state onto a (new or managed) entity. */
  static UserEntity apply(User user, UserEntity entity) {
    entity.id = user.id().value();
    entity.email = user.email().value();
    entity.name = user.name();
    entity.passwordHash = user.passwordHash();
    entity.role = user.role().wireName();
    entity.plan = user.plan().wireName();
    entity.emailVerified = user.emailVerified();
    entity.enabled = user.enabled();
    entity.createdAt = user.createdAt();
    entity.updatedAt = user.updatedAt();
    return entity;
  }

  private static IllegalStateException corrupt(String column, String value) {
    return new IllegalStateException("users." + column + " holds an unknown value: " + value);
  }
}
