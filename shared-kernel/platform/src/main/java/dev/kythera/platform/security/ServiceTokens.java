package dev.kythera.platform.security;

import dev.kythera.kernel.access.Caller;
import dev.kythera.platform.config.KytheraConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Mints the token a service presents when it calls another service's internal API: subject {@code
 * service:<this service>}, signed with the services' key ({@code service-private.pem}), two minutes
 * long and reused until 30 seconds before it ends. Such a token can only ever name a service: the
 * receiving filter refuses it any user, role or project.
 */
@ApplicationScoped
public class ServiceTokens {
  private static final Duration LIFETIME = Duration.ofMinutes(2);
  private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);

  private final Path keyFile;
  private final String service;
  private final Clock clock;
  private PrivateKey key;
  private String current;
  private Instant expires = Instant.MIN;

  @Inject
  public ServiceTokens(KytheraConfig config) {
    this(
        Path.of(config.keysDir()).resolve("service-private.pem"),
        config.service(),
        Clock.systemUTC());
  }

  ServiceTokens(Path keyFile, String service, Clock clock) {
    this.keyFile = keyFile;
    this.service = service;
    this.clock = clock;
  }

  /** The {@code Authorization} header value for an internal call. */
  public synchronized String bearer() {
    Instant now = clock.instant();
    if (current == null || now.isAfter(expires.minus(RENEW_BEFORE))) {
      expires = now.plus(LIFETIME);
      current = sign(now, expires);
    }
    return "Bearer " + current;
  }

  private String sign(Instant now, Instant until) {
    if (key == null) {
      key = PemKeys.privateKey(keyFile);
    }
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(InternalTokenClaims.SERVICE_ISSUER);
    claims.setAudience(InternalTokenClaims.AUDIENCE);
    claims.setSubject(Caller.SERVICE_SUBJECT + ":" + service);
    claims.setIssuedAt(NumericDate.fromMilliseconds(now.toEpochMilli()));
    claims.setExpirationTime(NumericDate.fromMilliseconds(until.toEpochMilli()));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("Cannot sign a service token", e);
    }
  }
}
