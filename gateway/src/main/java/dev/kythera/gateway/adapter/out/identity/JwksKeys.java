package dev.kythera.gateway.adapter.out.identity;

import dev.kythera.gateway.adapter.config.GatewayConfig;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * Outbound adapter helper: identity's signing keys from {@code GET /api/auth/jwks}, held in memory.
 * Fetched at startup and every refresh interval; a token with an unknown key id triggers an early
 * fetch, at most once per minimum interval, and concurrent fetches share one request.
 */
@ApplicationScoped
public class JwksKeys {
  static final String JWKS_URI = "/api/auth/jwks";
  private static final Logger LOG = Logger.getLogger(JwksKeys.class);

  private final IdentityClient identity;
  private final Vertx vertx;
  private final long refreshMillis;
  private final long minRefetchNanos;
  private final AtomicReference<Map<String, PublicKey>> keys = new AtomicReference<>();
  private final AtomicReference<CompletableFuture<Map<String, PublicKey>>> inflight =
      new AtomicReference<>();
  private volatile long lastFetchNanos;
  private volatile boolean fetchedOnce;

  public JwksKeys(IdentityClient identity, Vertx vertx, GatewayConfig config) {
    this.identity = identity;
    this.vertx = vertx;
    this.refreshMillis = config.jwks().refreshInterval().toMillis();
    this.minRefetchNanos = config.jwks().minRefetchInterval().toNanos();
  }

  void start(@Observes StartupEvent event) {
    refresh();
    vertx.setPeriodic(refreshMillis, id -> refresh());
  }

  /** The key with id {@code kid}; fails with INVALID_TOKEN when identity does not publish it. */
  public CompletionStage<PublicKey> key(String kid) {
    Map<String, PublicKey> current = keys.get();
    PublicKey known = current == null ? null : current.get(kid);
    if (known != null) {
      return CompletableFuture.completedFuture(known);
    }
    boolean mayFetch = !fetchedOnce || System.nanoTime() - lastFetchNanos >= minRefetchNanos;
    CompletionStage<Map<String, PublicKey>> source;
    if (mayFetch || inflight.get() != null) {
      source = refresh();
    } else if (current != null) {
      source = CompletableFuture.completedFuture(current);
    } else {
      source =
          CompletableFuture.failedFuture(
              new KytheraException(
                  ErrorCode.BAD_GATEWAY, "identity's signing keys are not available yet"));
    }
    return source.thenApply(
        map -> {
          PublicKey key = map.get(kid);
          if (key == null) {
            throw new KytheraException(
                ErrorCode.INVALID_TOKEN, "The token was signed with an unknown key");
          }
          return key;
        });
  }

  /** Fetches the key set now, or joins the fetch already running. */
  CompletionStage<Map<String, PublicKey>> refresh() {
    CompletableFuture<Map<String, PublicKey>> mine = new CompletableFuture<>();
    CompletableFuture<Map<String, PublicKey>> running = inflight.compareAndExchange(null, mine);
    if (running != null) {
      return running;
    }
    lastFetchNanos = System.nanoTime();
    fetchedOnce = true;
    identity
        .get(JWKS_URI)
        .thenApply(JwksKeys::parse)
        .whenComplete(
            (map, failure) -> {
              inflight.set(null);
              if (failure != null) {
                LOG.warnf("Cannot refresh identity's JWKS: %s", failure.getMessage());
                mine.completeExceptionally(failure);
              } else {
                keys.set(map);
                mine.complete(map);
              }
            });
    return mine;
  }

  private static Map<String, PublicKey> parse(IdentityClient.Reply reply) {
    if (reply.status() != 200) {
      throw new KytheraException(
          ErrorCode.BAD_GATEWAY, "identity answered " + reply.status() + " for its JWKS");
    }
    try {
      Map<String, PublicKey> map = new HashMap<>();
      for (JsonWebKey jwk : new JsonWebKeySet(reply.body().toString()).getJsonWebKeys()) {
        boolean signing = jwk.getUse() == null || "sig".equals(jwk.getUse());
        if (jwk instanceof RsaJsonWebKey rsa && jwk.getKeyId() != null && signing) {
          map.put(jwk.getKeyId(), rsa.getRsaPublicKey());
        }
      }
      return Map.copyOf(map);
    } catch (JoseException e) {
      throw new KytheraException(ErrorCode.BAD_GATEWAY, "identity's JWKS cannot be read", e);
    }
  }
}
