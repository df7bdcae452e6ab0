package dev.kythera.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.kernel.access.Caller;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.testing.TestKeys;
import dev.kythera.testing.TestTokens;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServiceTokensTest {
  private final Path keys = TestKeys.dir();
  private final InternalTokenVerifier verifier =
      new InternalTokenVerifier(
          PemKeys.publicKey(keys.resolve("gateway-public.pem")),
          PemKeys.publicKey(keys.resolve("service-public.pem")));

  private static String token(String bearer) {
    return bearer.substring("Bearer ".length());
  }

  @Test
  void aServiceTokenNamesOnlyTheCallingService() {
    ServiceTokens tokens =
        new ServiceTokens(keys.resolve("service-private.pem"), "generation", Clock.systemUTC());

    Caller caller = verifier.verify(token(tokens.bearer()));

    assertThat(caller.isService("generation")).isTrue();
    assertThat(caller.userId()).isEmpty();
    assertThat(caller.projectId()).isEmpty();
    assertThat(caller.permission()).isEmpty();
  }

  @Test
  void theServiceKeyCannotSignForUsersAndOtherKeysCannotSignForServices() {
    UUID user = UUID.randomUUID();
    String userWithServiceKey =
        TestTokens.internal()
            .user(user)
            .role("super_admin")
            .issuer(InternalTokenClaims.SERVICE_ISSUER)
            .signedBy(TestKeys.servicePrivate())
            .sign();
    String serviceWithStrangerKey =
        TestTokens.internal()
            .service("generation")
            .issuer(InternalTokenClaims.SERVICE_ISSUER)
            .signedBy(TestKeys.stranger().getPrivate())
            .sign();
    String serviceKeyGatewayIssuer =
        TestTokens.internal().service("generation").signedBy(TestKeys.servicePrivate()).sign();
    for (String bad :
        new String[] {userWithServiceKey, serviceWithStrangerKey, serviceKeyGatewayIssuer}) {
      assertThatThrownBy(() -> verifier.verify(bad)).isInstanceOf(KytheraException.class);
    }
    InternalTokenVerifier gatewayOnly =
        new InternalTokenVerifier(PemKeys.publicKey(keys.resolve("gateway-public.pem")));
    ServiceTokens tokens =
        new ServiceTokens(keys.resolve("service-private.pem"), "generation", Clock.systemUTC());
    assertThatThrownBy(() -> gatewayOnly.verify(token(tokens.bearer())))
        .isInstanceOf(KytheraException.class);
  }

  @Test
  void aTokenIsReusedUntilShortlyBeforeItEnds() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    ServiceTokens tokens = new ServiceTokens(keys.resolve("service-private.pem"), "patch", clock);
    String first = tokens.bearer();
    clock.now = clock.now.plus(Duration.ofSeconds(60));
    assertThat(tokens.bearer()).isEqualTo(first);
    clock.now = clock.now.plus(Duration.ofSeconds(45));
    assertThat(tokens.bearer()).isNotEqualTo(first);
  }

  /** A clock the test moves. */
  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
