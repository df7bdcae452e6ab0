package dev.kythera.gateway.it;

import static dev.kythera.gateway.it.GatewayTestSupport.seen;
import static dev.kythera.gateway.it.GatewayTestSupport.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import dev.kythera.gateway.adapter.out.identity.Jose4jUserTokenVerifier;
import dev.kythera.gateway.domain.UserPrincipal;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * User access tokens whose payload was edited after identity signed them (header and signature
 * kept): {@link Jose4jUserTokenVerifier} refuses every one, and the gateway answers 401 without
 * forwarding anything.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class TamperedUserTokenTest {
  @Inject Jose4jUserTokenVerifier verifier;

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

  private List<String> tamperings(UUID id, String token) {
    return List.of(
        tampered(token, p -> p.replace("\"viewer\"", "\"super_admin\"")),
        tampered(token, p -> p.replace("\"starter\"", "\"enterprise\"")),
        tampered(token, p -> p.replace(id.toString(), UUID.randomUUID().toString())),
        tampered(token, p -> p.replace("dev@example.com", "admin@example.com")),
        tampered(token, p -> p.replaceFirst("\"exp\":(\\d+)", "\"exp\":$19")),
        tampered(token, p -> p.replace("\"kythera\"", "\"kythera-services\"")));
  }

  @Test
  void theVerifierRefusesEditedClaims() {
    UUID id = UUID.randomUUID();
    String token = user(id).role("viewer").plan("starter").sign();
    UserPrincipal genuine = verifier.verify(token).toCompletableFuture().join();
    assertThat(genuine.userId()).isEqualTo(id);
    assertThat(genuine.role()).isEqualTo(Role.VIEWER);

    for (String forged : tamperings(id, token)) {
      assertThatThrownBy(() -> verifier.verify(forged).toCompletableFuture().join())
          .isInstanceOf(CompletionException.class)
          .cause()
          .isInstanceOf(KytheraException.class)
          .satisfies(
              e -> assertThat(((KytheraException) e).code()).isEqualTo(ErrorCode.INVALID_TOKEN));
    }
  }

  @Test
  void theGatewayAnswers401AndForwardsNothing() {
    UUID id = UUID.randomUUID();
    String token = user(id).role("viewer").plan("starter").sign();
    for (String forged : tamperings(id, token)) {
      int before = seen().size();
      given()
          .header("Authorization", "Bearer " + forged)
          .get("/api/projects")
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .body("code", equalTo("INVALID_TOKEN"));
      List<java.util.Map<String, Object>> after = seen();
      assertThat(after.subList(before, after.size()))
          .noneMatch(request -> String.valueOf(request.get("uri")).startsWith("/api/projects"));
    }
  }
}
