package dev.kythera.gateway.adapter.out.identity;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kythera.gateway.adapter.config.GatewayConfig;
import dev.kythera.gateway.application.port.out.UserStatusCache;
import dev.kythera.gateway.application.port.out.UserStatusDirectory;
import dev.kythera.gateway.domain.UserStatus;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Outbound adapter (identity over HTTP): asks {@code GET /internal/users/{id}/status} and caches
 * the answer ("enabled with role and plan", "disabled", "no such user") for at most {@code
 * user-status-cache}. An entry past half that age is renewed in the background while it keeps
 * answering, so a busy user never waits for identity; an entry at full age is not used any more.
 * Failures are not cached. When identity reports an account change ({@link #forget}), the entry is
 * dropped at once, so the 5 seconds are only the fallback.
 */
@ApplicationScoped
public class IdentityUserStatusDirectory implements UserStatusDirectory, UserStatusCache {
  /** The longest a status may be trusted: a disabled account stops within this time. */
  static final Duration MAX_AGE = Duration.ofSeconds(5);

  private final IdentityClient identity;
  private final AsyncLoadingCache<UUID, Optional<UserStatus>> cache;

  public IdentityUserStatusDirectory(IdentityClient identity, GatewayConfig config) {
    this.identity = identity;
    Duration ttl = config.userStatusCache();
    if (ttl.isNegative() || ttl.compareTo(MAX_AGE) > 0) {
      throw new IllegalStateException(
          "kythera.gateway.user-status-cache must be between 0 and " + MAX_AGE.toSeconds() + "s");
    }
    Caffeine<Object, Object> builder =
        Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000).executor(Runnable::run);
    if (ttl.toMillis() >= 2) {
      builder.refreshAfterWrite(ttl.dividedBy(2));
    }
    this.cache = builder.buildAsync((userId, executor) -> fetch(userId).toCompletableFuture());
  }

  @Override
  public CompletionStage<Optional<UserStatus>> status(UUID userId) {
    return cache.get(userId);
  }

  @Override
  public void forget(UUID userId) {
    cache.synchronous().invalidate(userId);
  }

  private CompletionStage<Optional<UserStatus>> fetch(UUID userId) {
    return identity
        .get("/internal/users/" + userId + "/status")
        .thenApply(reply -> status(userId, reply));
  }

  static Optional<UserStatus> status(UUID userId, IdentityClient.Reply reply) {
    if (reply.status() == 404) {
      return Optional.empty();
    }
    if (reply.status() != 200) {
      throw new KytheraException(
          ErrorCode.BAD_GATEWAY, "identity answered " + reply.status() + " to a status check");
    }
    try {
      JsonObject body = new JsonObject(reply.body());
      Boolean enabled = body.getBoolean("enabled");
      if (enabled == null) {
        throw new IllegalArgumentException("no enabled flag");
      }
      String stated = body.getString("userId");
      if (stated != null && !stated.equalsIgnoreCase(userId.toString())) {
        throw new IllegalArgumentException("the status is of another user");
      }
      return Optional.of(
          new UserStatus(
              userId,
              enabled,
              known(body.getString("role"), Role::fromWire),
              known(body.getString("plan"), Plan::fromWire)));
    } catch (DecodeException | ClassCastException | IllegalArgumentException e) {
      throw new KytheraException(
          ErrorCode.BAD_GATEWAY, "identity's status answer cannot be read", e);
    }
  }

  /**
   * Empty when identity does not state the value; a value the gateway does not know is an error.
   */
  private static <T> Optional<T> known(String wire, Function<String, Optional<T>> parse) {
    if (wire == null) {
      return Optional.empty();
    }
    return Optional.of(
        parse.apply(wire).orElseThrow(() -> new IllegalArgumentException("unknown " + wire)));
  }
}
