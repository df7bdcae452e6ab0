package dev.kythera.gateway.adapter.out.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kythera.gateway.adapter.config.GatewayConfig;
import dev.kythera.gateway.application.port.out.InternalTokenIssuer;
import dev.kythera.kernel.access.Caller;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import dev.kythera.platform.config.KytheraConfig;
import dev.kythera.platform.security.InternalTokenClaims;
import dev.kythera.platform.security.PemKeys;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Outbound adapter (jose4j): signs internal tokens (RS256) with {@code gateway-private.pem}. An
 * RSA-2048 signature costs 1.5–4 ms of CPU here, so tokens are reused: one per distinct set of
 * claims (user, role, plan, email, project, permission) for half its lifetime. The request id is
 * therefore not a claim; it travels in {@code X-Request-Id}. A token still to be signed is signed
 * on a worker thread by default.
 */
@ApplicationScoped
public class Jose4jInternalTokenIssuer implements InternalTokenIssuer {
  /** Subject of the gateway's own calls to services (JWKS, project access). */
  public static final String SERVICE_SUBJECT = Caller.SERVICE_SUBJECT + ":gateway";

  private final PrivateKey key;
  private final Vertx vertx;
  private final boolean onWorker;
  private final long ttlSeconds;
  private volatile CachedToken serviceToken;
  private final Cache<TokenKey, String> tokens;

  /** Everything a token says; equal keys get the same token. */
  private record TokenKey(
      String subject,
      Role role,
      Plan plan,
      Optional<String> email,
      Optional<UUID> project,
      Optional<ProjectPermission> permission) {}

  private record CachedToken(String token, long renewAfterEpochSecond) {}

  public Jose4jInternalTokenIssuer(KytheraConfig platform, GatewayConfig config, Vertx vertx) {
    this.key = PemKeys.privateKey(Path.of(platform.keysDir()).resolve("gateway-private.pem"));
    this.vertx = vertx;
    this.onWorker = config.signOnWorker();
    this.ttlSeconds = config.internalTokenTtl().toSeconds();
    this.tokens =
        Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterWrite(Duration.ofSeconds(Math.max(1, ttlSeconds / 2)))
            .build();
  }

  @Override
  public CompletionStage<String> issue(Caller caller) {
    TokenKey key = keyOf(caller);
    String cached = tokens.getIfPresent(key);
    if (cached != null) {
      return CompletableFuture.completedFuture(cached);
    }
    if (!onWorker) {
      return CompletableFuture.completedFuture(signAndCache(key, caller));
    }
    return vertx.executeBlocking(() -> signAndCache(key, caller), false).toCompletionStage();
  }

  private String signAndCache(TokenKey key, Caller caller) {
    String token = sign(caller);
    tokens.put(key, token);
    return token;
  }

  private static TokenKey keyOf(Caller caller) {
    return new TokenKey(
        subjectOf(caller),
        caller.role(),
        caller.plan(),
        caller.email(),
        caller.projectId(),
        caller.permission());
  }

  private static String subjectOf(Caller caller) {
    return caller.userId().map(UUID::toString).orElse(InternalTokenClaims.ANONYMOUS_SUBJECT);
  }

  /**
   * A token for the gateway itself ({@code service:gateway}, super_admin), reused for half its
   * lifetime; identity requires one on its JWKS and access endpoints.
   */
  public String serviceToken() {
    long now = System.currentTimeMillis() / 1000;
    CachedToken cached = serviceToken;
    if (cached == null || now >= cached.renewAfterEpochSecond()) {
      Caller service =
          new Caller(
              Optional.empty(),
              Optional.empty(),
              Role.SUPER_ADMIN,
              Plan.ENTERPRISE,
              Optional.empty(),
              Optional.empty(),
              "gateway-" + UUID.randomUUID());
      cached = new CachedToken(sign(service, SERVICE_SUBJECT), now + ttlSeconds / 2);
      serviceToken = cached;
    }
    return cached.token();
  }

  String sign(Caller caller) {
    return sign(caller, subjectOf(caller));
  }

  private String sign(Caller caller, String subject) {
    JwtClaims claims = new JwtClaims();
    long now = System.currentTimeMillis() / 1000;
    claims.setIssuer(InternalTokenClaims.ISSUER);
    claims.setAudience(InternalTokenClaims.AUDIENCE);
    claims.setSubject(subject);
    claims.setIssuedAt(NumericDate.fromSeconds(now));
    claims.setExpirationTime(NumericDate.fromSeconds(now + ttlSeconds));
    claims.setClaim(InternalTokenClaims.ROLE, caller.role().wireName());
    claims.setClaim(InternalTokenClaims.PLAN, caller.plan().wireName());
    caller.email().ifPresent(email -> claims.setClaim(InternalTokenClaims.EMAIL, email));
    caller
        .projectId()
        .ifPresent(project -> claims.setClaim(InternalTokenClaims.PROJECT, project.toString()));
    caller
        .permission()
        .ifPresent(perm -> claims.setClaim(InternalTokenClaims.PERMISSION, perm.wireName()));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("Cannot sign an internal token", e);
    }
  }
}
