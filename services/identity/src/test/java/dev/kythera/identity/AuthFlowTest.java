package dev.kythera.identity;

import static dev.kythera.identity.support.Api.PASSWORD;
import static dev.kythera.identity.support.Api.anonymous;
import static dev.kythera.identity.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.kythera.identity.support.Api;
import dev.kythera.identity.support.Db;
import dev.kythera.identity.support.MailSink;
import dev.kythera.identity.support.MailSink.ReceivedMail;
import dev.kythera.identity.support.MailSinkResource;
import dev.kythera.testing.KytheraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sign-up to sign-out through the REST API, with a real SMTP sink in the loop. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
class AuthFlowTest {
  private static final String NEW_PASSWORD = "a brand new passphrase";

  @Inject AgroalDataSource dataSource;

  @Test
  void fullAccountLifecycle() {
    String email = Api.uniqueEmail("Flow").toUpperCase().replace("EXAMPLE.TEST", "Example.Test");
    String normalised = email.toLowerCase();

    // Register: 201, unverified, address normalised.
    anonymous()
        .body(body("email", "  " + email + " ", "password", PASSWORD, "name", "Ada"))
        .post("/api/auth/register")
        .then()
        .statusCode(201)
        .body("email", equalTo(normalised))
        .body("emailVerified", equalTo(false));

    // The mail carries the link and the code on its own line.
    ReceivedMail mail = MailSink.awaitMail(normalised, 1);
    String code = MailSink.codeIn(mail.text(), "Verification code");
    assertThat(code).matches("[A-Za-z0-9_-]{43}");
    assertThat(mail.text()).contains("http://127.0.0.1:8080/verify-email?token=" + code);

    // Unverified sign-in is refused.
    anonymous()
        .body(body("email", normalised, "password", PASSWORD))
        .post("/api/auth/login")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("EMAIL_NOT_VERIFIED"));

    anonymous()
        .body(body("token", code))
        .post("/api/auth/verify-email")
        .then()
        .statusCode(200)
        .body("verified", equalTo(true));

    // Login with the address typed differently.
    JsonPath session = Api.login(email, PASSWORD);
    assertThat(session.getString("tokenType")).isEqualTo("Bearer");
    assertThat(session.getInt("expiresIn")).isEqualTo(900);
    assertThat(session.getString("user.email")).isEqualTo(normalised);
    assertThat(session.getString("user.role")).isEqualTo("dev");
    assertThat(session.getString("user.plan")).isEqualTo("starter");
    assertThat(session.getString("user.name")).isEqualTo("Ada");
    UUID userId = UUID.fromString(session.getString("user.id"));

    Api.as(userId)
        .get("/api/auth/me")
        .then()
        .statusCode(200)
        .body("id", equalTo(userId.toString()))
        .body("email", equalTo(normalised))
        .body("emailVerified", equalTo(true));

    // Refresh rotates: a new pair, the old refresh token is used up.
    String first = session.getString("refreshToken");
    JsonPath rotated = refresh(first, 200).extract().jsonPath();
    String second = rotated.getString("refreshToken");
    assertThat(second).isNotEqualTo(first);
    assertThat(rotated.getString("accessToken")).isNotEqualTo(session.getString("accessToken"));

    // Replaying the used token revokes the whole family, including the fresh one.
    refresh(first, 401).body("code", equalTo("INVALID_TOKEN"));
    refresh(second, 401).body("code", equalTo("INVALID_TOKEN"));

    // Forgot / reset.
    String otherSession = Api.login(normalised, PASSWORD).getString("refreshToken");
    anonymous()
        .body(body("email", normalised))
        .post("/api/auth/forgot-password")
        .then()
        .statusCode(202);
    ReceivedMail resetMail = MailSink.awaitMail(normalised, 2);
    String resetCode = MailSink.codeIn(resetMail.text(), "Reset code");
    assertThat(resetMail.text()).contains("/reset-password?token=" + resetCode);
    anonymous()
        .body(body("token", resetCode, "password", NEW_PASSWORD))
        .post("/api/auth/reset-password")
        .then()
        .statusCode(200);

    // Every session ended; old password refused, new one accepted.
    refresh(otherSession, 401);
    anonymous()
        .body(body("email", normalised, "password", PASSWORD))
        .post("/api/auth/login")
        .then()
        .statusCode(401)
        .body("code", equalTo("INVALID_CREDENTIALS"));
    Api.login(normalised, NEW_PASSWORD);

    // The reset code works once.
    anonymous()
        .body(body("token", resetCode, "password", "yet another passphrase"))
        .post("/api/auth/reset-password")
        .then()
        .statusCode(410)
        .contentType("application/problem+json")
        .body("code", equalTo("GONE"));
  }

  @Test
  void verificationCodeIsSingleUseAndUnknownCodesAreRejected() {
    String email = Api.uniqueEmail("once");
    Api.register(email, PASSWORD);
    String code = MailSink.awaitCode(email, 1, "Verification code");
    verify(code).then().statusCode(200);
    verify(code).then().statusCode(410).body("code", equalTo("GONE"));
    verify("not-a-real-token")
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("token"));
  }

  @Test
  void expiredVerificationCodeIsGoneAndResendGivesAWorkingOne() {
    String email = Api.uniqueEmail("expired");
    UUID id = Api.register(email, PASSWORD);
    String stale = MailSink.awaitCode(email, 1, "Verification code");
    Db.update(
        dataSource,
        "UPDATE user_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = ?",
        id);
    verify(stale)
        .then()
        .statusCode(410)
        .body("detail", org.hamcrest.Matchers.containsString("expired"));

    anonymous()
        .body(body("email", email))
        .post("/api/auth/resend-verification")
        .then()
        .statusCode(202);
    String fresh = MailSink.awaitCode(email, 2, "Verification code");
    assertThat(fresh).isNotEqualTo(stale);
    verify(fresh).then().statusCode(200);
  }

  @Test
  void resendReplacesTheOlderCode() {
    String email = Api.uniqueEmail("resend");
    Api.register(email, PASSWORD);
    String older = MailSink.awaitCode(email, 1, "Verification code");
    anonymous()
        .body(body("email", email))
        .post("/api/auth/resend-verification")
        .then()
        .statusCode(202);
    String newer = MailSink.awaitCode(email, 2, "Verification code");
    verify(older).then().statusCode(410);
    verify(newer).then().statusCode(200);
  }

  @Test
  void expiredResetCodeIsGone() {
    String email = Api.uniqueEmail("reset-expired");
    UUID id = Api.registerVerified(email);
    anonymous().body(body("email", email)).post("/api/auth/forgot-password").then().statusCode(202);
    String code = MailSink.awaitCode(email, 2, "Reset code");
    Db.update(
        dataSource,
        "UPDATE user_tokens SET expires_at = now() - interval '1 second'"
            + " WHERE user_id = ? AND purpose = 'password_reset'",
        id);
    anonymous()
        .body(body("token", code, "password", NEW_PASSWORD))
        .post("/api/auth/reset-password")
        .then()
        .statusCode(410);
    Api.login(email, PASSWORD);
  }

  @Test
  void unknownAddressesGetTheSameAnswersAsKnownOnes() {
    String known = Api.uniqueEmail("known");
    Api.registerVerified(known);
    String ghost = Api.uniqueEmail("ghost");

    String wrongPassword = loginFailure(known, "wrong password here");
    String unknownAccount = loginFailure(ghost, "wrong password here");
    assertThat(unknownAccount).isEqualTo(wrongPassword);

    anonymous().body(body("email", ghost)).post("/api/auth/forgot-password").then().statusCode(202);
    anonymous()
        .body(body("email", ghost))
        .post("/api/auth/resend-verification")
        .then()
        .statusCode(202);
    // Already verified: resend answers the same but sends nothing.
    anonymous()
        .body(body("email", known))
        .post("/api/auth/resend-verification")
        .then()
        .statusCode(202);
    assertThat(MailSink.mailsTo(ghost)).isEmpty();
  }

  @Test
  void duplicateRegistrationIsAConflictAndStoresNothing() {
    String email = Api.uniqueEmail("dup");
    Api.register(email, PASSWORD);
    long users = Db.count(dataSource, "users");
    anonymous()
        .body(body("email", email.toUpperCase(), "password", "another password"))
        .post("/api/auth/register")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("CONFLICT"));
    assertThat(Db.count(dataSource, "users")).isEqualTo(users);
  }

  @Test
  void passwordsAreStoredAsArgon2idWithTheirParameters() {
    String email = Api.uniqueEmail("hash");
    UUID id = Api.register(email, PASSWORD);
    long matching =
        Db.queryLong(
            dataSource,
            "SELECT count(*) FROM users WHERE id = ? AND password_hash LIKE"
                + " '$argon2id$v=19$m=19456,t=2,p=1$%'",
            id);
    assertThat(matching).isEqualTo(1);
    long plain =
        Db.queryLong(
            dataSource,
            "SELECT count(*) FROM users WHERE password_hash LIKE ?",
            "%" + PASSWORD + "%");
    assertThat(plain).isZero();
  }

  @Test
  void expiredRefreshTokenIsRefused() {
    String email = Api.uniqueEmail("refresh-expired");
    UUID id = Api.registerVerified(email);
    String refreshToken = Api.login(email, PASSWORD).getString("refreshToken");
    Db.update(
        dataSource,
        "UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = ?",
        id);
    refresh(refreshToken, 401).body("detail", org.hamcrest.Matchers.containsString("expired"));
  }

  @Test
  void logoutEndsTheSessionAndIsIdempotent() {
    String email = Api.uniqueEmail("logout");
    Api.registerVerified(email);
    String refreshToken = Api.login(email, PASSWORD).getString("refreshToken");
    anonymous()
        .body(body("refreshToken", refreshToken))
        .post("/api/auth/logout")
        .then()
        .statusCode(204);
    anonymous()
        .body(body("refreshToken", refreshToken))
        .post("/api/auth/logout")
        .then()
        .statusCode(204);
    refresh(refreshToken, 401);
    refresh("never-issued", 401).body("code", equalTo("INVALID_TOKEN"));
  }

  @Test
  void meNeedsASignedInCaller() {
    anonymous()
        .get("/api/auth/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("UNAUTHENTICATED"));
  }

  @Test
  void refreshedTokensCarryTheUsersCurrentClaims() {
    String email = Api.uniqueEmail("claims");
    Api.registerVerified(email);
    JsonPath session = Api.login(email, PASSWORD);
    JsonPath next = refresh(session.getString("refreshToken"), 200).extract().jsonPath();
    assertThat(next.getString("user.email")).isEqualTo(email);
    assertThat(next.getString("refreshToken")).isNotEqualTo(session.getString("refreshToken"));
    assertThat(next.getString("accessToken")).isNotBlank().isNotEqualTo(null);
    anonymous()
        .body(body("refreshToken", next.getString("refreshToken")))
        .post("/api/auth/refresh")
        .then()
        .statusCode(200)
        .body("refreshToken", not(equalTo(next.getString("refreshToken"))));
  }

  private static io.restassured.response.Response verify(String token) {
    return anonymous().body(body("token", token)).post("/api/auth/verify-email");
  }

  private static io.restassured.response.ValidatableResponse refresh(String token, int status) {
    return anonymous()
        .body(body("refreshToken", token))
        .post("/api/auth/refresh")
        .then()
        .statusCode(status);
  }

  private static String loginFailure(String email, String password) {
    return anonymous()
        .body(body("email", email, "password", password))
        .post("/api/auth/login")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("INVALID_CREDENTIALS"))
        .extract()
        .path("detail");
  }
}
