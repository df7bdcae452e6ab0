package dev.kythera.identity.adapter.out.persistence;

import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.paging.Cursor;
import dev.kythera.identity.domain.paging.Page;
import dev.kythera.identity.domain.user.EmailAddress;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

  @Override
  public void delete(UserId id) {
    UserEntity.getEntityManager().flush();
    // Tokens, grants, team memberships and 2FA rows go with the account (ON DELETE CASCADE).
    UserEntity.getEntityManager()
        .createNativeQuery("DELETE FROM users WHERE id = ?1")
        .setParameter(1, id.value())
        .executeUpdate();
  }

  @Override
  public Page<User> search(String text, Cursor after, int limit) {
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (text != null && !text.isBlank()) {
      where.append(
          " and (lower(email) like :text escape '\\' or lower(name) like :text escape '\\')");
      params.put("text", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
    }
    if (after != null) {
      where.append(" and (createdAt < :time or (createdAt = :time and id < :id))");
      params.put("time", after.time());
      params.put("id", UUID.fromString(after.tieBreaker()));
    }
    List<UserEntity> rows =
        UserEntity.<UserEntity>find(where + " order by createdAt desc, id desc", params)
            .page(0, limit + 1)
            .list();
    List<User> items = rows.stream().limit(limit).map(UserMapper::toDomain).toList();
    String next = null;
    if (rows.size() > limit) {
      UserEntity last = rows.get(limit - 1);
      next = new Cursor(last.createdAt, last.id.toString()).encode();
    }
    return new Page<>(items, next);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
