package dev.kythera.identity;

import static dev.kythera.identity.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.kythera.identity.adapter.out.security.HmacTotpCodes;
import dev.kythera.identity.domain.mfa.Base32;
import dev.kythera.identity.domain.mfa.TotpSecret;
import dev.kythera.identity.support.Api;
import dev.kythera.identity.support.Db;
import dev.kythera.identity.support.MailSinkResource;
import dev.kythera.identity.support.People;
import dev.kythera.identity.support.People.Person;
import dev.kythera.testing.KytheraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** TOTP two-factor authentication: enrolment with a QR code, login with code or recovery code. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
class MfaTest {
  private static final HmacTotpCodes TOTP = new HmacTotpCodes();

  @Inject AgroalDataSource dataSource;

  @Test
  void enrolThenSignInWithACodeThatWorksOnce() throws Exception {
    Person user = People.verified("totp");
    user.as("dev").get("/api/account/2fa").then().statusCode(200).body("enabled", equalTo(false));

    JsonPath setup =
        user.as("dev")
            .post("/api/account/2fa/setup")
            .then()
            .statusCode(200)
            .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
            .body("otpauthUri", startsWith("otpauth://totp/KytheraDB%3A"))
            .body("qrCode", startsWith("data:image/png;base64,"))
            .extract()
            .jsonPath();
    String secret = setup.getString("secret");
    assertThat(setup.getString("otpauthUri")).contains("secret=" + secret);
    BufferedImage qr =
        ImageIO.read(
            new ByteArrayInputStream(
                Base64.getDecoder().decode(setup.getString("qrCode").substring(22))));
    assertThat(qr.getWidth()).isGreaterThan(100).isEqualTo(qr.getHeight());
    String stored = storedSecret(user);
    assertThat(stored).startsWith("v1:").doesNotContain(secret);

    byte[] key = Base32.decode(secret);
    long step = step();
    user.as("dev")
        .body(body("code", TOTP.codeAt(key, step + 5)))
        .post("/api/account/2fa/enable")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("code"));
    String enrolCode = TOTP.codeAt(key, step);
    List<String> recovery =
        user.as("dev")
            .body(body("code", enrolCode))
            .post("/api/account/2fa/enable")
            .then()
            .statusCode(200)
            .body("enabled", equalTo(true))
            .body("recoveryCodes", hasSize(10))
            .extract()
            .path("recoveryCodes");
    assertThat(
            Db.queryLong(
                dataSource, "SELECT count(*) FROM mfa_recovery_codes WHERE user_id = ?", user.id()))
        .isEqualTo(10);
    assertThat(
            Db.queryLong(
                dataSource,
                "SELECT count(*) FROM mfa_recovery_codes WHERE user_id = ? AND (code_hash = ? OR code_hash = ?)",
                user.id(),
                recovery.get(0),
                recovery.get(0).replace("-", "")))
        .isZero();
    user.as("dev")
        .get("/api/account/2fa")
        .then()
        .body("enabled", equalTo(true))
        .body("recoveryCodesLeft", equalTo(10));
    user.as("dev").get("/api/account/profile").then().body("mfaEnabled", equalTo(true));
    user.as("dev").post("/api/account/2fa/setup").then().statusCode(409);

    // The password alone no longer signs in.
    String mfaToken = passwordStep(user);
    // The code that confirmed the enrolment is used up.
    mfa(body("mfaToken", mfaToken, "code", enrolCode))
        .then()
        .statusCode(401)
        .body("code", equalTo("INVALID_CREDENTIALS"));
    String next = TOTP.codeAt(key, step + 1);
    mfa(body("mfaToken", mfaToken, "code", next))
        .then()
        .statusCode(200)
        .body("accessToken", notNullValue())
        .body("user.id", equalTo(user.id().toString()));
    // The mfaToken is single use, and so is the code.
    mfa(body("mfaToken", mfaToken, "code", next))
        .then()
        .statusCode(401)
        .body("code", equalTo("INVALID_TOKEN"));
    mfa(body("mfaToken", passwordStep(user), "code", next))
        .then()
        .statusCode(401)
        .body("code", equalTo("INVALID_CREDENTIALS"));

    // Recovery codes work once each.
    String again = passwordStep(user);
    mfa(body("mfaToken", again, "recoveryCode", recovery.get(0).toUpperCase()))
        .then()
        .statusCode(200);
    mfa(body("mfaToken", passwordStep(user), "recoveryCode", recovery.get(0)))
        .then()
        .statusCode(401);
    user.as("dev").get("/api/account/2fa").then().body("recoveryCodesLeft", equalTo(9));

    // Disabling needs the password and a code.
    user.as("dev")
        .body(body("password", "wrong password!", "code", recovery.get(1)))
        .post("/api/account/2fa/disable")
        .then()
        .statusCode(403);
    user.as("dev")
        .body(body("password", Api.PASSWORD, "code", "000000-not"))
        .post("/api/account/2fa/disable")
        .then()
        .statusCode(403);
    user.as("dev")
        .body(body("password", Api.PASSWORD, "code", recovery.get(1)))
        .post("/api/account/2fa/disable")
        .then()
        .statusCode(204);
    Api.login(user.email(), Api.PASSWORD).getString("accessToken");
    assertThat(
            Db.queryLong(dataSource, "SELECT count(*) FROM user_mfa WHERE user_id = ?", user.id()))
        .isZero();
  }

  @Test
  void fiveWrongCodesEndTheSignInStep() {
    Person user = People.verified("guessing");
    String secret = user.as("dev").post("/api/account/2fa/setup").then().extract().path("secret");
    byte[] key = Base32.decode(secret);
    List<String> recovery =
        user.as("dev")
            .body(body("code", TOTP.codeAt(key, step())))
            .post("/api/account/2fa/enable")
            .then()
            .statusCode(200)
            .extract()
            .path("recoveryCodes");
    String token = passwordStep(user);
    for (int i = 0; i < 5; i++) {
      mfa(body("mfaToken", token, "code", TOTP.codeAt(key, step() + 10 + i)))
          .then()
          .statusCode(401)
          .body("code", equalTo("INVALID_CREDENTIALS"));
    }
    mfa(body("mfaToken", token, "recoveryCode", recovery.get(0)))
        .then()
        .statusCode(401)
        .body("code", equalTo("INVALID_TOKEN"));
    user.as("dev").get("/api/account/2fa").then().body("recoveryCodesLeft", equalTo(10));
  }

  @Test
  void badInputIsRefused() {
    Person user = People.verified("mfa-input");
    user.as("dev")
        .body(body("code", "123456"))
        .post("/api/account/2fa/enable")
        .then()
        .statusCode(409);
    user.as("dev").post("/api/account/2fa/setup").then().statusCode(200);
    user.as("dev")
        .body(body("code", "12ab"))
        .post("/api/account/2fa/enable")
        .then()
        .statusCode(400);
    user.as("dev").body("{}").post("/api/account/2fa/enable").then().statusCode(400);
    user.as("dev")
        .body(body("password", Api.PASSWORD, "code", "123456"))
        .post("/api/account/2fa/disable")
        .then()
        .statusCode(409);
    mfa("{}").then().statusCode(400).contentType("application/problem+json");
    mfa(body("mfaToken", "x", "code", "123456", "recoveryCode", "abcd"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("recoveryCode"));
    mfa(body("mfaToken", "unknown", "code", "123456"))
        .then()
        .statusCode(401)
        .body("code", equalTo("INVALID_TOKEN"));
    // Pending (not confirmed) enrolment does not change the login.
    Api.login(user.email(), Api.PASSWORD).getString("accessToken");
    Api.anonymous()
        .body(body("email", user.email(), "password", Api.PASSWORD))
        .post("/api/auth/login")
        .then()
        .body("mfaRequired", nullValue());
  }

  private static String passwordStep(Person user) {
    return Api.anonymous()
        .body(body("email", user.email(), "password", Api.PASSWORD))
        .post("/api/auth/login")
        .then()
        .statusCode(200)
        .body("mfaRequired", equalTo(true))
        .body("accessToken", nullValue())
        .body("refreshToken", nullValue())
        .extract()
        .path("mfaToken");
  }

  private static io.restassured.response.Response mfa(String json) {
    return Api.anonymous().body(json).post("/api/auth/login/mfa");
  }

  private static long step() {
    return TotpSecret.stepAt(System.currentTimeMillis() / 1000);
  }

  private String storedSecret(Person user) throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT secret FROM user_mfa WHERE user_id = '" + user.id() + "'")) {
      rows.next();
      return rows.getString(1);
    }
  }
}
