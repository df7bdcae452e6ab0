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
 * into a {@link Caller}; also service-to-service tokens signed with the services' key, which can
 * only ever name a service. Anything else — user JWTs, {@code alg: none}, expired tokens — is
 * refused.
 */
public final class InternalTokenVerifier {
  private final JwtConsumer gateway;
  private final JwtConsumer services;

  public InternalTokenVerifier(PublicKey gatewayKey) {
    this(gatewayKey, null);
  }

  /**
   * @param gatewayKey verifies the gateway's tokens (users, anonymous callers, the gateway itself)
   * @param serviceKey verifies service-to-service tokens; they may only name a service (subject
   *     {@code service:<name>}) and carry no user, role or project. Null accepts none.
   */
  public InternalTokenVerifier(PublicKey gatewayKey, PublicKey serviceKey) {
    this.gateway = consumer(gatewayKey, InternalTokenClaims.ISSUER);
    this.services =
        serviceKey == null ? null : consumer(serviceKey, InternalTokenClaims.SERVICE_ISSUER);
  }

  private static JwtConsumer consumer(PublicKey key, String issuer) {
    return new JwtConsumerBuilder()
        .setRequireExpirationTime()
        .setMaxFutureValidityInMinutes(10)
        .setAllowedClockSkewInSeconds(5)
        .setRequireSubject()
        .setExpectedIssuer(issuer)
        .setExpectedAudience(InternalTokenClaims.AUDIENCE)
        .setVerificationKey(key)
        .setJwsAlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
        .build();
  }

  public Caller verify(String token) {
    try {
      return toCaller(gateway.processToClaims(token));
    } catch (InvalidJwtException | MalformedClaimException | IllegalArgumentException e) {
      return verifyServiceToken(token);
    }
  }

  private Caller verifyServiceToken(String token) {
    try {
      if (services != null) {
        String subject = services.processToClaims(token).getSubject();
        String prefix = Caller.SERVICE_SUBJECT + ":";
        if (subject.startsWith(prefix) && subject.length() > prefix.length()) {
          return new Caller(
              Optional.empty(),
              Optional.empty(),
              Role.VIEWER,
              Plan.STARTER,
              Optional.empty(),
              Optional.empty(),
              UUID.randomUUID().toString(),
              Optional.of(subject.substring(prefix.length())));
        }
      }
    } catch (InvalidJwtException | MalformedClaimException | IllegalArgumentException e) {
      // falls through to the refusal below
    }
    throw new KytheraException(ErrorCode.INVALID_TOKEN, "The internal token is not valid");
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
