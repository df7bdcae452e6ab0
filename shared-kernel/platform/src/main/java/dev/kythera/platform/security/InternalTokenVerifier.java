package dev.kythera.platform.security;

import dev.kythera.kernel.access.Caller;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import java.security.PublicKey;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * Verifies the gateway's internal token (RS256 only, issuer, audience, expiry) and turns its claims
 * into a {@link Caller}. Anything else — user JWTs, {@code alg: none}, expired tokens — is refused.
 */
public final class InternalTokenVerifier {
  private final JwtConsumer consumer;

  public InternalTokenVerifier(PublicKey gatewayKey) {
    this.consumer =
        new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setMaxFutureValidityInMinutes(10)
            .setAllowedClockSkewInSeconds(5)
            .setRequireSubject()
            .setExpectedIssuer(InternalTokenClaims.ISSUER)
            .setExpectedAudience(InternalTokenClaims.AUDIENCE)
            .setVerificationKey(gatewayKey)
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
            .build();
  }

  public Caller verify(String token) {
    try {
      return toCaller(consumer.processToClaims(token));
    } catch (InvalidJwtException | MalformedClaimException | IllegalArgumentException e) {
      throw new KytheraException(ErrorCode.INVALID_TOKEN, "The internal token is not valid");
    }
  }

  private static Caller toCaller(JwtClaims claims) throws MalformedClaimException {
    String subject = claims.getSubject();
    String servicePrefix = Caller.SERVICE_SUBJECT + ":";
    Optional<String> service =
        subject.startsWith(servicePrefix)
            ? Optional.of(subject.substring(servicePrefix.length()))
            : Optional.empty();
    Optional<UUID> userId =
        InternalTokenClaims.ANONYMOUS_SUBJECT.equals(subject) || service.isPresent()
            ? Optional.empty()
            : Optional.of(UUID.fromString(subject));
    Role role =
        Role.fromWire(claims.getStringClaimValue(InternalTokenClaims.ROLE)).orElse(Role.VIEWER);
    Plan plan =
        Plan.fromWire(claims.getStringClaimValue(InternalTokenClaims.PLAN)).orElse(Plan.STARTER);
    Optional<UUID> project =
        Optional.ofNullable(claims.getStringClaimValue(InternalTokenClaims.PROJECT))
            .map(UUID::fromString);
    Optional<ProjectPermission> permission =
        ProjectPermission.fromWire(claims.getStringClaimValue(InternalTokenClaims.PERMISSION));
    String requestId =
        Optional.ofNullable(claims.getStringClaimValue(InternalTokenClaims.REQUEST_ID))
            .orElse(UUID.randomUUID().toString());
    return new Caller(
        userId,
        Optional.ofNullable(claims.getStringClaimValue(InternalTokenClaims.EMAIL)),
        role,
        plan,
        project,
        permission,
        requestId,
        service);
  }
}
