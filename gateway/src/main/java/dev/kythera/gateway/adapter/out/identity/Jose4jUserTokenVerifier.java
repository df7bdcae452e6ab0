package dev.kythera.gateway.adapter.out.identity;

import dev.kythera.gateway.application.port.out.UserTokenVerifier;
import dev.kythera.gateway.domain.UserPrincipal;
import dev.kythera.gateway.domain.Uuids;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.PublicKey;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;

/**
 * Outbound adapter (jose4j): verifies identity's user access tokens. Only RS256 with a key from
 * identity's JWKS (chosen by the {@code kid} header) is accepted, so {@code alg: none}, HS256
 * signed with the public key, and tokens signed by any other key fail.
 */
@ApplicationScoped
public class Jose4jUserTokenVerifier implements UserTokenVerifier {
  public static final String ISSUER = "kythera-identity";
  public static final String AUDIENCE = "kythera";
  private static final int CLOCK_SKEW_SECONDS = 30;

  private final JwksKeys keys;

  public Jose4jUserTokenVerifier(JwksKeys keys) {
    this.keys = keys;
  }

  @Override
  public CompletionStage<UserPrincipal> verify(String token) {
    String kid;
    try {
      JsonWebStructure structure = JsonWebStructure.fromCompactSerialization(token);
      if (!(structure instanceof JsonWebSignature)
          || !AlgorithmIdentifiers.RSA_USING_SHA256.equals(structure.getAlgorithmHeaderValue())) {
        return invalid("The token must be signed with RS256");
      }
      kid = structure.getKeyIdHeaderValue();
    } catch (JoseException e) {
      return invalid("The token cannot be read");
    }
    if (kid == null) {
      return invalid("The token names no signing key (kid)");
    }
    return keys.key(kid).thenApply(key -> principal(verifiedClaims(token, key)));
  }

  private static JwtClaims verifiedClaims(String token, PublicKey key) {
    try {
      return new JwtConsumerBuilder()
          .setRequireExpirationTime()
          .setRequireSubject()
          .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
          .setExpectedIssuer(ISSUER)
          .setExpectedAudience(AUDIENCE)
          .setVerificationKey(key)
          .setJwsAlgorithmConstraints(
              AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
          .build()
          .processToClaims(token);
    } catch (InvalidJwtException e) {
      throw new KytheraException(
          ErrorCode.INVALID_TOKEN,
          e.hasExpired() ? "The access token has expired; refresh it" : "The token is not valid");
    }
  }

  private static UserPrincipal principal(JwtClaims claims) {
    try {
      UUID userId =
          Uuids.parse(claims.getSubject()).orElseThrow(() -> bad("its subject is not a user id"));
      Role role =
          Role.fromWire(claims.getStringClaimValue("role"))
              .orElseThrow(() -> bad("it has no known role"));
      String planClaim = claims.getStringClaimValue("plan");
      Plan plan =
          planClaim == null
              ? Plan.STARTER
              : Plan.fromWire(planClaim).orElseThrow(() -> bad("it has an unknown plan"));
      return new UserPrincipal(
          userId, Optional.ofNullable(claims.getStringClaimValue("email")), role, plan);
    } catch (MalformedClaimException e) {
      throw bad("a claim has the wrong type");
    }
  }

  private static KytheraException bad(String why) {
    return new KytheraException(ErrorCode.INVALID_TOKEN, "The token is not valid: " + why);
  }

  private static CompletionStage<UserPrincipal> invalid(String detail) {
    return CompletableFuture.failedFuture(new KytheraException(ErrorCode.INVALID_TOKEN, detail));
  }
}
