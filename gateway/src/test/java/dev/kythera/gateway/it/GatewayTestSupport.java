package dev.kythera.gateway.it;

import static io.restassured.RestAssured.given;

import dev.kythera.platform.security.PemKeys;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.security.Key;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/** Test helpers: user tokens signed like identity's, and access to the fake backends. */
final class GatewayTestSupport {
  private GatewayTestSupport() {}

  static Path keysDir() {
    return Path.of(ConfigProvider.getConfig().getValue("kythera.keys-dir", String.class));
  }

  static String identityUrl() {
    return ConfigProvider.getConfig().getValue("kythera.gateway.services.identity", String.class);
  }

  static String generationUrl() {
    return ConfigProvider.getConfig().getValue("kythera.gateway.services.generation", String.class);
  }

  /** Lets {@code userId} hold {@code permission} on {@code projectId} in the fake identity. */
  static void grant(UUID projectId, UUID userId, String permission) {
    given()
        .baseUri(identityUrl())
        .put("/__fake/grant/" + projectId + "/" + userId + "/" + permission)
        .then()
        .statusCode(204);
  }

  /** Makes the fake identity answer {@code status} (a JSON object) for the user's status. */
  static void status(UUID userId, Map<String, Object> status) {
    given()
        .baseUri(identityUrl())
        .contentType("application/json")
        .body(status)
        .put("/__fake/status/" + userId)
        .then()
        .statusCode(204);
  }

  /** The user is enabled, with this role and plan, in the fake identity. */
  static void status(UUID userId, String role, String plan) {
    status(
        userId, Map.of("userId", userId.toString(), "enabled", true, "role", role, "plan", plan));
  }

  /** The user is disabled in the fake identity. */
  static void disable(UUID userId) {
    status(
        userId,
        Map.of("userId", userId.toString(), "enabled", false, "role", "dev", "plan", "starter"));
  }

  /** Every request the fake backends received, oldest first. */
  static List<Map<String, Object>> seen() {
    return JsonPath.from(given().baseUri(identityUrl()).get("/__fake/log").asString())
        .getList("requests");
  }

  /** The most recent request a fake received whose URI starts with {@code prefix}. */
  static Map<String, Object> lastSeen(String prefix) {
    List<Map<String, Object>> all = seen();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (((String) all.get(i).get("uri")).startsWith(prefix)) {
        return all.get(i);
      }
    }
    return null;
  }

  static UserToken user(UUID userId) {
    return new UserToken(userId);
  }

  /** Builder of identity-style access tokens, valid unless told otherwise. */
  static final class UserToken {
    private final UUID userId;
    private String role = "dev";
    private String plan = "starter";
    private String email = "dev@example.com";
    private String issuer = "kythera-identity";
    private String audience = "kythera";
    private String kid = FakeBackends.KID;
    private long ttlSeconds = 300;
    private Key key;
    private String algorithm = AlgorithmIdentifiers.RSA_USING_SHA256;

    private UserToken(UUID userId) {
      this.userId = userId;
    }

    UserToken role(String role) {
      this.role = role;
      return this;
    }

    UserToken plan(String plan) {
      this.plan = plan;
      return this;
    }

    UserToken audience(String audience) {
      this.audience = audience;
      return this;
    }

    UserToken issuer(String issuer) {
      this.issuer = issuer;
      return this;
    }

    UserToken kid(String kid) {
      this.kid = kid;
      return this;
    }

    UserToken expiresIn(long seconds) {
      this.ttlSeconds = seconds;
      return this;
    }

    UserToken signedBy(PrivateKey key) {
      this.key = key;
      return this;
    }

    /** HS256 keyed with identity's public key bytes: the classic algorithm-confusion forgery. */
    UserToken hmacWithPublicKey() {
      this.algorithm = AlgorithmIdentifiers.HMAC_SHA256;
      this.key =
          new HmacKey(PemKeys.publicKey(keysDir().resolve("identity-public.pem")).getEncoded());
      return this;
    }

    UserToken unsigned() {
      this.algorithm = AlgorithmIdentifiers.NONE;
      return this;
    }

    String sign() {
      JwtClaims claims = new JwtClaims();
      long now = System.currentTimeMillis() / 1000;
      claims.setIssuer(issuer);
      claims.setAudience(audience);
      claims.setSubject(userId.toString());
      claims.setIssuedAt(NumericDate.fromSeconds(now));
      claims.setExpirationTime(NumericDate.fromSeconds(now + ttlSeconds));
      claims.setClaim("email", email);
      claims.setClaim("role", role);
      claims.setClaim("plan", plan);
      JsonWebSignature jws = new JsonWebSignature();
      jws.setPayload(claims.toJson());
      jws.setAlgorithmHeaderValue(algorithm);
      if (kid != null) {
        jws.setKeyIdHeaderValue(kid);
      }
      if (algorithm.equals(AlgorithmIdentifiers.NONE)) {
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
      } else {
        jws.setKey(
            key != null ? key : PemKeys.privateKey(keysDir().resolve("identity-private.pem")));
        jws.setDoKeyValidation(false);
      }
      try {
        return jws.getCompactSerialization();
      } catch (JoseException e) {
        throw new IllegalStateException(e);
      }
    }

    String bearer() {
      return "Bearer " + sign();
    }
  }
}
