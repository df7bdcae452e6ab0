package dev.kythera.identity;

import static dev.kythera.identity.support.Api.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.identity.support.Api;
import dev.kythera.identity.support.MailSinkResource;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

/** The access token verifies against the published JWKS, as the gateway will do it. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
class AccessTokenTest {

  @Test
  void jwksPublishesTheIdentityPublicKey() throws Exception {
    JsonWebKeySet jwks = fetchJwks();
    assertThat(jwks.getJsonWebKeys()).hasSize(1);
    JsonWebKey key = jwks.getJsonWebKeys().get(0);
    assertThat(key).isInstanceOf(RsaJsonWebKey.class);
    assertThat(key.getKeyType()).isEqualTo("RSA");
    assertThat(key.getUse()).isEqualTo("sig");
    assertThat(key.getAlgorithm()).isEqualTo("RS256");
    assertThat(key.getKeyId()).hasSize(16);
    assertThat(((RsaJsonWebKey) key).getRsaPublicKey()).isEqualTo(TestKeys.identityPublic());
    assertThat(key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE)).doesNotContain("\"d\"");
  }

  @Test
  void issuedAccessTokenVerifiesWithTheJwksAndCarriesTheClaims() throws Exception {
    String email = Api.uniqueEmail("jwt");
    UUID id = Api.registerVerified(email);
    JsonPath session = Api.login(email, PASSWORD);
    String accessToken = session.getString("accessToken");
    JsonWebKeySet jwks = fetchJwks();

    JwtClaims claims = consumer(jwks).processToClaims(accessToken);
    assertThat(claims.getSubject()).isEqualTo(id.toString());
    assertThat(claims.getIssuer()).isEqualTo("kythera-identity");
    assertThat(claims.getAudience()).containsExactly("kythera");
    assertThat(claims.getStringClaimValue("email")).isEqualTo(email);
    assertThat(claims.getStringClaimValue("role")).isEqualTo("dev");
    assertThat(claims.getStringClaimValue("plan")).isEqualTo("starter");
    assertThat(claims.getStringClaimValue("name")).isEqualTo("Test User");
    assertThat(claims.getJwtId()).isNotBlank();
    long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
    assertThat(lifetime).isEqualTo(900);

    JsonWebSignature header = new JsonWebSignature();
    header.setCompactSerialization(accessToken);
    assertThat(header.getAlgorithmHeaderValue()).isEqualTo("RS256");
    assertThat(header.getKeyIdHeaderValue()).isEqualTo(jwks.getJsonWebKeys().get(0).getKeyId());
  }

  @Test
  void aTamperedTokenDoesNotVerify() throws Exception {
    String email = Api.uniqueEmail("tamper");
    Api.registerVerified(email);
    String token = Api.login(email, PASSWORD).getString("accessToken");
    String[] parts = token.split("\\.");
    String forgedPayload =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                    .replace("\"dev\"", "\"super_admin\"")
                    .getBytes());
    String forged = parts[0] + "." + forgedPayload + "." + parts[2];
    JwtConsumer consumer = consumer(fetchJwks());
    assertThatThrownBy(() -> consumer.processToClaims(forged))
        .isInstanceOf(InvalidJwtException.class);
  }

  @Test
  void theGatewayCanFetchTheJwksWithItsServiceToken() {
    Api.asGateway().get("/api/auth/jwks").then().statusCode(200).contentType("application/json");
  }

  private static JsonWebKeySet fetchJwks() throws Exception {
    String json =
        Api.anonymous()
            .get("/api/auth/jwks")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .asString();
    return new JsonWebKeySet(json);
  }

  private static JwtConsumer consumer(JsonWebKeySet jwks) {
    return new JwtConsumerBuilder()
        .setVerificationKeyResolver(new JwksVerificationKeyResolver(jwks.getJsonWebKeys()))
        .setExpectedIssuer("kythera-identity")
        .setExpectedAudience("kythera")
        .setRequireExpirationTime()
        .setRequireSubject()
        .setRequireJwtId()
        .setJwsAlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
        .build();
  }
}
