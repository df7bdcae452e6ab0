package dev.kythera.testing;

import java.security.PrivateKey;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** Mints internal tokens the way the gateway does, plus broken ones for negative tests. */
public final class TestTokens {
  private TestTokens() {}

  /** Builder for one internal token. */
  public static final class Internal {
    private String subject = "anonymous";
    private String role = "viewer";
    private String plan = "starter";
    private String email;
    private UUID project;
    private String permission;
    private long ttlSeconds = 60;
    private PrivateKey key;
    private String issuer = "kythera-gateway";
    private String audience = "kythera-services";

    public Internal user(UUID userId) {
      this.subject = userId.toString();
      return this;
    }

    /** A service-to-service token, as the gateway mints for its own calls. */
    public Internal service(String name) {
      this.subject = "service:" + name;
      this.role = "super_admin";
      return this;
    }

    public Internal role(String role) {
      this.role = role;
      return this;
    }

    public Internal plan(String plan) {
      this.plan = plan;
      return this;
    }

    public Internal email(String email) {
      this.email = email;
      return this;
    }

    public Internal project(UUID project, String permission) {
      this.project = project;
      this.permission = permission;
      return this;
    }

    public Internal expiresIn(long seconds) {
      this.ttlSeconds = seconds;
      return this;
    }

    public Internal signedBy(PrivateKey key) {
      this.key = key;
      return this;
    }

    public Internal issuer(String issuer) {
      this.issuer = issuer;
      return this;
    }

    public Internal audience(String audience) {
      this.audience = audience;
      return this;
    }

    public String sign() {
      JwtClaims claims = new JwtClaims();
      claims.setIssuer(issuer);
      claims.setAudience(audience);
      claims.setSubject(subject);
      claims.setIssuedAtToNow();
      claims.setExpirationTimeMinutesInTheFuture(ttlSeconds / 60f);
      claims.setClaim("role", role);
      claims.setClaim("plan", plan);
      claims.setClaim("rid", UUID.randomUUID().toString());
      if (email != null) {
        claims.setClaim("email", email);
      }
      if (project != null) {
        claims.setClaim("project", project.toString());
        claims.setClaim("perm", permission);
      }
      JsonWebSignature jws = new JsonWebSignature();
      jws.setPayload(claims.toJson());
      jws.setKey(key == null ? TestKeys.gatewayPrivate() : key);
      jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
      try {
        return jws.getCompactSerialization();
      } catch (JoseException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  public static Internal internal() {
    return new Internal();
  }

  /** "Bearer ..." header value for an anonymous call through the gateway. */
  public static String anonymousBearer() {
    return "Bearer " + internal().sign();
  }

  /** An unsigned token ({@code alg: none}) claiming to be a super admin. */
  public static String algNone(UUID userId) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("kythera-gateway");
    claims.setAudience("kythera-services");
    claims.setSubject(userId.toString());
    claims.setExpirationTimeMinutesInTheFuture(5);
    claims.setClaim("role", "super_admin");
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
    jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }
}
