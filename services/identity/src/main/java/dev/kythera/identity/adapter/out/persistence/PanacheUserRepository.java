package dev.kythera.identity.adapter.out.persistence;

import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.user.EmailAddress;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

/** Outbound adapter (PostgreSQL via Panache): {@link UserRepository}. */
@ApplicationScoped
public class PanacheUserRepository implements UserRepository {

  @Override
  public Optional<User> findById(UserId id) {
    return UserEntity.<UserEntity>findByIdOptional(id.value()).map(UserMapper::toDomain);
  }

  @Override
  public Optional<User> findByEmail(EmailAddress email) {
    return UserEntity.<UserEntity>find("email", email.value())
        .firstResultOptional()
        .map(UserMapper::toDomain);
  }

  @Override
  public void insert(User user) {
    try {
      UserMapper.apply(user, new UserEntity()).persistAndFlush();
    } catch (PersistenceException e) {
      // The unique index is the real guard: it also catches two registrations racing.
      throw new KytheraException(ErrorCode.CONFLICT, "An account with this email already exists", e)
          .withField("email", "is already registered");
    }
  }

  @Override
  public void update(User user) {
    UserEntity entity =
        UserEntity.<UserEntity>findByIdOptional(user.id().value())
            .orElseThrow(() -> KytheraException.notFound("User"));
    UserMapper.apply(user, entity);
  }
}
