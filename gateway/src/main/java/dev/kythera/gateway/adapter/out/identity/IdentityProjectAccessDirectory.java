package dev.kythera.gateway.adapter.out.identity;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kythera.gateway.adapter.config.GatewayConfig;
import dev.kythera.gateway.application.port.out.ProjectAccessDirectory;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Outbound adapter (identity over HTTP): asks {@code GET /internal/projects/{id}/access?userId=}
 * and caches both answers ("has permission X", "no access") for a few seconds, so a burst of calls
 * on one project costs one lookup. Failures are not cached.
 */
@ApplicationScoped
public class IdentityProjectAccessDirectory implements ProjectAccessDirectory {
  private final IdentityClient identity;
  private final AsyncCache<Key, Optional<ProjectPermission>> cache;

  private record Key(UUID projectId, UUID userId) {}

  public IdentityProjectAccessDirectory(IdentityClient identity, GatewayConfig config) {
    this.identity = identity;
    this.cache =
        Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(Math.max(0, config.accessCacheSeconds())))
            .maximumSize(100_000)
            .executor(Runnable::run)
            .buildAsync();
  }

  @Override
  public CompletionStage<Optional<ProjectPermission>> permission(UUID projectId, UUID userId) {
    return cache.get(
        new Key(projectId, userId), (key, executor) -> fetch(key).toCompletableFuture());
  }

  private CompletionStage<Optional<ProjectPermission>> fetch(Key key) {
    String uri = "/internal/projects/" + key.projectId() + "/access?userId=" + key.userId();
    return identity.get(uri).thenApply(IdentityProjectAccessDirectory::permission);
  }

  private static Optional<ProjectPermission> permission(IdentityClient.Reply reply) {
    if (reply.status() == 404) {
      return Optional.empty();
    }
    if (reply.status() != 200) {
      throw new KytheraException(
          ErrorCode.BAD_GATEWAY, "identity answered " + reply.status() + " to an access check");
    }
    try {
      String permission = new JsonObject(reply.body()).getString("permission");
      return Optional.of(
          ProjectPermission.fromWire(permission)
              .orElseThrow(() -> new IllegalArgumentException("unknown permission")));
    } catch (DecodeException | ClassCastException | IllegalArgumentException e) {
      throw new KytheraException(
          ErrorCode.BAD_GATEWAY, "identity's access answer cannot be read", e);
    }
  }
}
