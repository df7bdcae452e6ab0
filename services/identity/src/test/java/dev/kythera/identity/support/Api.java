package dev.kythera.identity.support;

import static io.restassured.RestAssured.given;

import dev.kythera.testing.TestKeys;
import dev.kythera.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** Calls identity the way the gateway would: each request carries a signed internal token. */
public final class Api {
  public static final String PASSWORD = "correct horse battery";

  private Api() {}

  public static RequestSpecification anonymous() {
    return given()
        .header("Authorization", TestTokens.anonymousBearer())
        .contentType(ContentType.JSON);
  }

  public static RequestSpecification as(UUID userId) {
    return bearer(TestTokens.internal().user(userId).role("dev").plan("starter").sign());
  }

  public static RequestSpecification as(UUID userId, UUID projectId, String permission) {
    return bearer(
        TestTokens.internal()
            .user(userId)
            .role("dev")
            .plan("starter")
            .project(projectId, permission)
            .sign());
  }

  /** As the gateway itself: subject {@code service:gateway}, role super_admin. */
  public static RequestSpecification asGateway() {
    return bearer(serviceToken("service:gateway", "super_admin"));
  }

  public static RequestSpecification bearer(String token) {
    return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
  }

  /** An internal token with a free-form subject (TestTokens only knows users). */
  public static String serviceToken(String subject, String role) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("kythera-gateway");
    claims.setAudience("kythera-services");
    claims.setSubject(subject);
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(1);
    claims.setClaim("role", role);
    claims.setClaim("plan", "enterprise");
    claims.setClaim("rid", UUID.randomUUID().toString());
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(TestKeys.gatewayPrivate());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String uniqueEmail(String tag) {
    return tag + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }

  public static String body(Object... keyValues) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < keyValues.length; i += 2) {
      if (i > 0) {
        json.append(',');
      }
      json.append('"').append(keyValues[i]).append("\":");
      Object value = keyValues[i + 1];
      json.append(value == null ? "null" : '"' + value.toString().replace("\"", "\\\"") + '"');
    }
    return json.append('}').toString();
  }

  /** Registers an account and returns its id (unverified). */
  public static UUID register(String email, String password) {
    String id =
        anonymous()
            .body(body("email", email, "password", password, "name", "Test User"))
            .post("/api/auth/register")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return UUID.fromString(id);
  }

  /** Registers, reads the code from the mail and verifies the address. */
  public static UUID registerVerified(String email) {
    UUID id = register(email, PASSWORD);
    String code = MailSink.awaitCode(email, 1, "Verification code");
    anonymous().body(body("token", code)).post("/api/auth/verify-email").then().statusCode(200);
    return id;
  }

  public static JsonPath login(String email, String password) {
    return anonymous()
        .body(body("email", email, "password", password))
        .post("/api/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
