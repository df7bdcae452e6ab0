package dev.kythera.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.kernel.access.Caller;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.platform.security.InternalTokenClaims;
import dev.kythera.platform.security.InternalTokenVerifier;
import dev.kythera.platform.security.PemKeys;
import dev.kythera.testing.TestKeys;
import dev.kythera.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The platform's {@link InternalTokenVerifier}, as every service (identity included) runs it: a
 * token whose payload was edited after signing — signature kept — is refused, whatever the edit.
 */
class InternalTokenTamperingTest {
  private final InternalTokenVerifier verifier =
      new InternalTokenVerifier(
          PemKeys.publicKey(TestKeys.dir().resolve("gateway-public.pem")),
          PemKeys.publicKey(TestKeys.dir().resolve("service-public.pem")));

  /** The token with its payload rewritten by {@code edit}; header and signature unchanged. */
  private static String tampered(String token, UnaryOperator<String> edit) {
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String edited = edit.apply(payload);
    assertThat(edited).as("the edit must change the payload").isNotEqualTo(payload);
    return parts[0]
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(edited.getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }

  private void assertRefused(String token) {
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(KytheraException.class)
        .satisfies(
            e -> assertThat(((KytheraException) e).code()).isEqualTo(ErrorCode.INVALID_TOKEN));
  }

  @Test
  void aUserTokenWithEditedClaimsIsRefused() {
    UUID user = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    String token =
        TestTokens.internal()
            .user(user)
            .role("viewer")
            .plan("starter")
            .project(project, "read")
            .sign();
    Caller genuine = verifier.verify(token);
    assertThat(genuine.userId()).contains(user);
    assertThat(genuine.role()).isEqualTo(Role.VIEWER);
    assertThat(genuine.permission()).contains(ProjectPermission.READ);

    assertRefused(tampered(token, p -> p.replace("\"viewer\"", "\"super_admin\"")));
    assertRefused(tampered(token, p -> p.replace("\"starter\"", "\"enterprise\"")));
    assertRefused(tampered(token, p -> p.replace("\"read\"", "\"owner\"")));
    assertRefused(
        tampered(token, p -> p.replace(project.toString(), UUID.randomUUID().toString())));
    assertRefused(tampered(token, p -> p.replace(user.toString(), UUID.randomUUID().toString())));
    assertRefused(tampered(token, p -> p.replace(user.toString(), "service:identity")));
    assertRefused(tampered(token, p -> p.replaceFirst("\"exp\":(\\d+)", "\"exp\":$19")));
    assertRefused(tampered(token, p -> p.replace("}", ",\"email\":\"x@example.com\"}")));
  }

  @Test
  void aServiceTokenCannotBeEditedIntoAnotherService() {
    String token =
        TestTokens.internal()
            .service("generation")
            .issuer(InternalTokenClaims.SERVICE_ISSUER)
            .signedBy(TestKeys.servicePrivate())
            .sign();
    assertThat(verifier.verify(token).isService("generation")).isTrue();

    assertRefused(tampered(token, p -> p.replace("service:generation", "service:identity")));
    assertRefused(
        tampered(
            token,
            p ->
                p.replace(
                    "\"" + InternalTokenClaims.SERVICE_ISSUER + "\"",
                    "\"" + InternalTokenClaims.ISSUER + "\"")));
  }
}
