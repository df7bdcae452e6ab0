package dev.kythera.identity.adapter.out.security;

import dev.kythera.identity.application.IdentityConfig;
import dev.kythera.identity.application.port.out.TokenIssuer;
import dev.kythera.identity.domain.user.User;
import dev.kythera.platform.config.KytheraConfig;
import dev.kythera.platform.security.PemKeys;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * Outbound adapter (smallrye-jwt-build): {@link TokenIssuer} signing RS256 access tokens with
 * {@code identity-private.pem}. The key id is derived from the public key, so it is stable across
 * restarts and replicas and changes exactly when the key does. Keys are read at start: a missing or
 * mismatched pair stops the service instead of failing the first login.
 */
@Startup
@ApplicationScoped
public class JwtTokenIssuer implements TokenIssuer {
  private final PrivateKey signingKey;
  private final RSAPublicKey publicKey;
  private final String keyId;
  private final IdentityConfig.Tokens config;

  public JwtTokenIssuer(KytheraConfig kythera, IdentityConfig config) {
    Path dir = Path.of(kythera.keysDir());
    this.signingKey = PemKeys.privateKey(dir.resolve("identity-private.pem"));
    this.publicKey = (RSAPublicKey) PemKeys.publicKey(dir.resolve("identity-public.pem"));
    if (!(signingKey instanceof RSAPrivateKey rsa)
        || !rsa.getModulus().equals(publicKey.getModulus())) {
      throw new IllegalStateException(
          "identity-private.pem and identity-public.pem in " + dir + " are not one key pair");
    }
    this.keyId = keyId(publicKey);
    this.config = config.tokens();
  }

  @Override
  public AccessToken issue(User user, Instant now) {
    Duration ttl = config.accessTtl();
    JwtClaimsBuilder claims =
        Jwt.issuer(config.issuer())
            .audience(config.audience())
            .subject(user.id().toString())
            .issuedAt(now)
            .expiresAt(now.plus(ttl))
            .claim("jti", UUID.randomUUID().toString())
            .claim("email", user.email().value())
            .claim("role", user.role().wireName())
            .claim("plan", user.plan().wireName());
    if (user.name() != null) {
      claims.claim("name", user.name());
    }
    String token = claims.jws().keyId(keyId).algorithm(SignatureAlgorithm.RS256).sign(signingKey);
    return new AccessToken(token, ttl.toSeconds());
  }

  @Override
  public Map<String, Object> jwks() {
    RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
    jwk.setKeyId(keyId);
    jwk.setUse("sig");
    jwk.setAlgorithm("RS256");
    return Map.of("keys", List.of(jwk.toParams(OutputControlLevel.PUBLIC_ONLY)));
  }

  /** First 16 characters of base64url(SHA-256(public key DER)). */
  static String keyId(RSAPublicKey key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
