package dev.kythera.identity.application.port.out;

import dev.kythera.identity.domain.user.EmailAddress;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.id.UserId;
import java.util.Optional;

/** Outbound port: the store of user accounts. Runs inside the caller's transaction. */
public interface UserRepository {

  Optional<User> findById(UserId id);

  /** Looks up by normalised address (the unique login name). */
  Optional<User> findByEmail(EmailAddress email);

  /**
   * Stores a new user.
   *
   * @throws dev.kythera.kernel.error.KytheraException CONFLICT when the address is taken, also when
   *     a concurrent registration wins the race
   */
  void insert(User user);

  /** Stores the new state of an existing user. */
  void update(User user);

  /** Deletes the account; its tokens, grants and memberships go with it (cascades). */
  void delete(UserId id);

  /**
   * Users whose email or name contains {@code text} (case-insensitive; every user when empty),
   * newest first, after the cursor position.
   */
  dev.kythera.identity.domain.paging.Page<User> search(
      String text, dev.kythera.identity.domain.paging.Cursor after, int limit);
}
