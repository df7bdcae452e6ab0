package dev.kythera.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * End to end through the gateway of a platform started by {@code ./kythera test} (real PostgreSQL,
 * Kafka, SMTP sink, all services): a new user signs up, verifies the address from the mail, signs
 * in, creates a project, watches a job stream to done over SSE, cancels another, and nothing
 * reaches a service around the gateway. Then the access model: a team with a second member and the
 * project moved into it, that member's 2FA sign-in with a TOTP code, the project configuration, the
 * gateway's audit of a mutating call in the project's activity feed (gateway → Kafka → identity),
 * and governance by a super_admin.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformE2EIT {
  private static final String GATEWAY = System.getProperty("kythera.e2e.gateway");
  private static final String MAIL_API = System.getProperty("kythera.e2e.mailApi");
  private static final String IDENTITY = System.getProperty("kythera.e2e.identity");
  private static final Pattern CODE = Pattern.compile("Verification code: ([A-Za-z0-9_-]+)");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static final String EMAIL = "e2e-" + UUID.randomUUID() + "@example.test";
  private static final String PASSWORD = "correct horse battery staple";
  private static final String TEAMMATE = "e2e-mate-" + UUID.randomUUID() + "@example.test";
  private static final String GOVERNOR = "e2e-gov-" + UUID.randomUUID() + "@example.test";
  private static final String CONFIG_REQUEST_ID = "e2e-config-" + UUID.randomUUID();
  private static String accessToken;
  private static String projectId;
  private static String ownerId;
  private static String teamId;
  private static String teammateId;
  private static String teammateToken;

  @Test
  @Order(1)
  void signUpVerifyByMailAndSignIn() throws Exception {
    Response registered =
        post(
            "/api/auth/register",
            "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"E2E\"}",
            null);
    assertThat(registered.status()).isEqualTo(201);

    Response refused = login();
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().path("code").asText()).isEqualTo("EMAIL_NOT_VERIFIED");

    String code = awaitVerificationCode();
    Response verified = post("/api/auth/verify-email", "{\"token\":\"" + code + "\"}", null);
    assertThat(verified.status()).isEqualTo(200);

    Response login = login();
    assertThat(login.status()).isEqualTo(200);
    accessToken = login.json().path("accessToken").asText();
    assertThat(accessToken).isNotBlank();

    Response me = get("/api/auth/me", accessToken);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("email").asText()).isEqualTo(EMAIL);
  }

  @Test
  @Order(2)
  void createAProject() throws Exception {
    Response created = post("/api/projects", "{\"name\":\"E2E project\"}", accessToken);
    assertThat(created.status()).isEqualTo(201);
    projectId = created.json().path("id").asText();
    Response list = get("/api/projects", accessToken);
    assertThat(list.json().findValuesAsText("id")).contains(projectId);
  }

  @Test
  @Order(3)
  void aJobStreamsItsProgressOverSseUntilDone() throws Exception {
    String jobId = startSelfTest(8, 150);
    List<JsonNode> updates = stream(jobId);

    assertThat(updates).isNotEmpty();
    JsonNode last = updates.getLast();
    assertThat(last.path("status").asText()).isEqualTo("done");
    assertThat(last.path("progress").asDouble()).isEqualTo(1.0);
    assertThat(last.path("service").asText()).isEqualTo("generation");
    assertThat(updates).anySatisfy(u -> assertThat(u.path("status").asText()).isEqualTo("running"));
    double previous = -1;
    for (JsonNode update : updates) {
      assertThat(update.path("progress").asDouble()).isGreaterThanOrEqualTo(previous);
      previous = update.path("progress").asDouble();
    }
  }

  @Test
  @Order(4)
  void anotherJobIsCancelledWhileRunning() throws Exception {
    String jobId = startSelfTest(300, 100);
    awaitJobStatus(jobId, "running");
    Response cancel =
        post("/api/projects/" + projectId + "/jobs/" + jobId + "/cancel", "{}", accessToken);
    assertThat(cancel.status()).isEqualTo(202);
    List<JsonNode> updates = stream(jobId);
    assertThat(updates.getLast().path("status").asText()).isEqualTo("cancelled");
    assertThat(updates.getLast().path("progress").asDouble()).isLessThan(1.0);
  }

  @Test
  @Order(5)
  void theWebAppIsServedAtTheRootWithSpaRouting() throws Exception {
    for (String path : new String[] {"/", "/projects", "/login"}) {
      Response page = send(HttpRequest.newBuilder(URI.create(GATEWAY + path)));
      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.contentType()).as(path).startsWith("text/html");
      assertThat(page.body()).as(path).contains("<app-root");
    }
  }

  @Test
  @Order(5)
  void servicesRefuseCallsThatSkipTheGateway() throws Exception {
    Response anonymous = send(HttpRequest.newBuilder(URI.create(IDENTITY + "/api/projects")));
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");

    Response withUserToken =
        send(
            HttpRequest.newBuilder(URI.create(IDENTITY + "/api/projects"))
                .header("Authorization", "Bearer " + accessToken));
    assertThat(withUserToken.status()).isEqualTo(401);
    assertThat(withUserToken.json().path("code").asText()).isEqualTo("INVALID_TOKEN");
  }

  @Test
  @Order(6)
  void badInputGetsProblemJsonThroughTheGateway() throws Exception {
    Response malformed = post("/api/projects", "{\"name\":", accessToken);
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).startsWith("application/problem+json");

    Response missing = post("/api/projects", "{}", accessToken);
    assertThat(missing.status()).isEqualTo(400);

    Response unknown = get("/api/no-such-route", accessToken);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");

    Response forged =
        get("/api/projects", accessToken.substring(0, accessToken.length() - 4) + "AAAA");
    assertThat(forged.status()).isEqualTo(401);

    String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
    Response tooLarge = post("/api/projects", huge, accessToken);
    assertThat(tooLarge.status()).isEqualTo(413);
  }

  @Test
  @Order(8)
  void aDatabaseIsConnectedCapturedAndUnderstoodThroughTheGateway() throws Exception {
    String database = "kt_e2e_shop_" + UUID.randomUUID().toString().substring(0, 8);
    String fixture =
        java.nio.file.Files.readString(
            java.nio.file.Path.of(
                "../shared-kernel/connectors/src/main/resources/dev/kythera/connectors/fixtures/"
                    + "postgresql.sql"));
    try (var admin =
            java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        var statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    }
    try (var target =
            java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
        var statement = target.createStatement()) {
      statement.execute(fixture);
    }
    try {
      Response created =
          post(
              "/api/projects/" + projectId + "/connections",
              "{\"name\":\"Shop\",\"engine\":\"postgresql\",\"host\":\"127.0.0.1\","
                  + "\"port\":5432,\"database\":\""
                  + database
                  + "\",\"username\":\"postgres\",\"password\":\"e2e-secret\","
                  + "\"sslMode\":\"disable\",\"environment\":\"staging\"}",
              accessToken);
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      assertThat(created.body()).doesNotContain("e2e-secret");
      String connectionId = created.json().path("id").asText();

      Response capture =
          post(
              "/api/projects/" + projectId + "/schema/snapshots",
              "{\"connectionId\":\"" + connectionId + "\"}",
              accessToken);
      assertThat(capture.status()).isEqualTo(202);
      List<JsonNode> updates = stream(capture.json().path("id").asText());
      JsonNode done = updates.getLast();
      assertThat(done.path("status").asText()).isEqualTo("done");
      assertThat(done.path("service").asText()).isEqualTo("introspection");
      String snapshotId = done.path("result").path("snapshotId").asText();

      Response graph =
          get("/api/projects/" + projectId + "/graph?snapshotId=" + snapshotId, accessToken);
      assertThat(graph.status()).isEqualTo(200);
      assertThat(graph.json().path("nodes").size()).isEqualTo(13);
      assertThat(graph.body()).contains("public.departments");
      Response health =
          get(
              "/api/projects/" + projectId + "/schema/health?snapshotId=" + snapshotId,
              accessToken);
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.body()).contains("fk-without-index");

      // seed generation: plan from that snapshot, run as a job, rows land in the target database
      String seed =
          "{\"connectionId\":\""
              + connectionId
              + "\",\"seed\":5,\"mode\":\"truncate\",\"tables\":[{\"table\":\"customers\","
              + "\"rows\":50},{\"table\":\"orders\",\"perParent\":{\"parent\":\"customers\","
              + "\"min\":1,\"max\":2}}]}";
      Response plan = post("/api/projects/" + projectId + "/seed/plan", seed, accessToken);
      assertThat(plan.status()).as(plan.body()).isEqualTo(200);
      assertThat(plan.json().path("snapshotId").asText()).isEqualTo(snapshotId);
      Response badSeed =
          post(
              "/api/projects/" + projectId + "/seed/runs",
              seed.replace("\"customers\",\"rows\"", "\"nosuch\",\"rows\""),
              accessToken);
      assertThat(badSeed.status()).isEqualTo(400);
      Response run = post("/api/projects/" + projectId + "/seed/runs", seed, accessToken);
      assertThat(run.status()).as(run.body()).isEqualTo(202);
      List<JsonNode> seeding = stream(run.json().path("id").asText());
      JsonNode seeded = seeding.getLast();
      assertThat(seeded.path("status").asText()).as(seeded.toString()).isEqualTo("done");
      assertThat(seeded.path("result").path("integrity").path("violations").size()).isZero();
      try (var target =
              java.sql.DriverManager.getConnection(
                  "jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
          var statement = target.createStatement();
          var count = statement.executeQuery("SELECT count(*) FROM customers")) {
        count.next();
        assertThat(count.getLong(1)).isEqualTo(50);
      }
      Response history = get("/api/projects/" + projectId + "/seed/history", accessToken);
      assertThat(history.status()).isEqualTo(200);
      assertThat(history.json().get(0).path("outcome").asText()).isEqualTo("committed");

      Response list = get("/api/projects/" + projectId + "/connections", accessToken);
      assertThat(list.body()).contains(connectionId).doesNotContain("e2e-secret");
    } finally {
      try (var admin =
              java.sql.DriverManager.getConnection(
                  "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
          var statement = admin.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      }
    }
  }

  @Test
  @Order(9)
  void aTeamGetsAMemberAndTheProjectMovesIntoIt() throws Exception {
    ownerId = get("/api/auth/me", accessToken).json().path("id").asText();
    teammateToken = signedUp(TEAMMATE, "E2E mate");
    teammateId = get("/api/auth/me", teammateToken).json().path("id").asText();
    // Not a member of anything yet: the project's existence is not revealed.
    assertThat(get("/api/projects/" + projectId, teammateToken).status()).isEqualTo(404);

    Response team = post("/api/teams", "{\"name\":\"E2E team\"}", accessToken);
    assertThat(team.status()).as(team.body()).isEqualTo(201);
    assertThat(team.json().path("role").asText()).isEqualTo("admin");
    teamId = team.json().path("id").asText();
    Response added =
        post(
            "/api/teams/" + teamId + "/members",
            "{\"email\":\"" + TEAMMATE + "\",\"role\":\"dev\"}",
            accessToken);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().path("userId").asText()).isEqualTo(teammateId);
    Response members = get("/api/teams/" + teamId + "/members", teammateToken);
    assertThat(members.status()).isEqualTo(200);
    assertThat(members.json().findValuesAsText("userId")).contains(ownerId, teammateId);

    Response moved =
        call(
            "PATCH",
            "/api/projects/" + projectId,
            "{\"teamId\":\"" + teamId + "\"}",
            accessToken,
            null);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().path("teamId").asText()).isEqualTo(teamId);

    // Team role dev gives write on the team's projects, through the gateway's access check. The
    // gateway caches access answers (its "not a member" from above too) for at most 5 seconds.
    awaitStatus("/api/projects/" + projectId, teammateToken, 200);
    assertThat(get("/api/projects", teammateToken).json().findValuesAsText("id"))
        .contains(projectId);
    Response projectMembers = get("/api/projects/" + projectId + "/members", teammateToken);
    assertThat(projectMembers.status()).isEqualTo(200);
    assertThat(projectMembers.body()).contains(teammateId);
    // A team dev may not manage the team.
    assertThat(
            call("PATCH", "/api/teams/" + teamId, "{\"name\":\"Mine\"}", teammateToken, null)
                .status())
        .isEqualTo(403);
  }

  @Test
  @Order(10)
  void twoFactorSignInTakesATotpCode() throws Exception {
    Response setup = post("/api/account/2fa/setup", "{}", teammateToken);
    assertThat(setup.status()).as(setup.body()).isEqualTo(200);
    byte[] secret = base32(setup.json().path("secret").asText());
    long step = Instant.now().getEpochSecond() / 30;
    Response enabled =
        post("/api/account/2fa/enable", "{\"code\":\"" + totp(secret, step) + "\"}", teammateToken);
    assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
    assertThat(enabled.json().path("recoveryCodes").size()).isEqualTo(10);

    Response firstStep = login(TEAMMATE);
    assertThat(firstStep.status()).isEqualTo(200);
    assertThat(firstStep.json().path("mfaRequired").asBoolean()).isTrue();
    assertThat(firstStep.json().has("accessToken")).isFalse();
    String mfaToken = firstStep.json().path("mfaToken").asText();

    Response wrong =
        post(
            "/api/auth/login/mfa", "{\"mfaToken\":\"" + mfaToken + "\",\"code\":\"000000\"}", null);
    assertThat(wrong.status()).isEqualTo(401);
    // Codes are single use: the next step's code (accepted within one step of now).
    Response second =
        post(
            "/api/auth/login/mfa",
            "{\"mfaToken\":\"" + mfaToken + "\",\"code\":\"" + totp(secret, step + 1) + "\"}",
            null);
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    teammateToken = second.json().path("accessToken").asText();
    assertThat(teammateToken).isNotBlank();
    assertThat(get("/api/auth/me", teammateToken).json().path("id").asText()).isEqualTo(teammateId);
    assertThat(get("/api/account/2fa", teammateToken).json().path("enabled").asBoolean()).isTrue();
  }

  @Test
  @Order(11)
  void theProjectConfigurationIsReadAndReplaced() throws Exception {
    Response initial = get("/api/projects/" + projectId + "/config", accessToken);
    assertThat(initial.status()).as(initial.body()).isEqualTo(200);
    assertThat(initial.json().path("projectId").asText()).isEqualTo(projectId);

    String config =
        "{\"environments\":[{\"name\":\"staging\"},"
            + "{\"name\":\"prod\",\"production\":true,\"description\":\"live\"}],"
            + "\"defaults\":{\"seedRows\":100}}";
    Response replaced =
        call(
            "PUT",
            "/api/projects/" + projectId + "/config",
            config,
            accessToken,
            CONFIG_REQUEST_ID);
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    Response read = get("/api/projects/" + projectId + "/config", teammateToken);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("environments").findValuesAsText("name"))
        .containsExactly("staging", "prod");
    assertThat(read.json().path("environments").get(1).path("production").asBoolean()).isTrue();
    assertThat(read.json().path("defaults").path("seedRows").asInt()).isEqualTo(100);
    assertThat(read.json().path("updatedBy").asText()).isEqualTo(ownerId);

    // Replacing needs admin on the project; the team dev has write.
    Response refused =
        call("PUT", "/api/projects/" + projectId + "/config", config, teammateToken, null);
    assertThat(refused.status()).isEqualTo(403);
    Response bad =
        call(
            "PUT",
            "/api/projects/" + projectId + "/config",
            "{\"environments\":[{\"name\":\"Not Valid!\"}]}",
            accessToken,
            null);
    assertThat(bad.status()).isEqualTo(400);
  }

  @Test
  @Order(12)
  void aMutatingCallThroughTheGatewayReachesTheActivityFeed() throws Exception {
    JsonNode recorded = null;
    Instant deadline = Instant.now().plusSeconds(30);
    while (recorded == null && Instant.now().isBefore(deadline)) {
      Response feed =
          get("/api/projects/" + projectId + "/activity?action=http.put&limit=50", accessToken);
      assertThat(feed.status()).as(feed.body()).isEqualTo(200);
      for (JsonNode item : feed.json().path("items")) {
        if (CONFIG_REQUEST_ID.equals(item.path("requestId").asText())) {
          recorded = item;
        }
      }
      if (recorded == null) {
        Thread.sleep(200);
      }
    }
    assertThat(recorded)
        .as("the gateway's audit event of the PUT in the activity feed")
        .isNotNull();
    assertThat(recorded.path("source").asText()).contains("gateway");
    assertThat(recorded.path("action").asText()).isEqualTo("http.put");
    assertThat(recorded.path("outcome").asText()).isEqualTo("success");
    assertThat(recorded.path("actorId").asText()).isEqualTo(ownerId);
    assertThat(recorded.path("projectId").asText()).isEqualTo(projectId);
    assertThat(recorded.path("details").path("path").asText())
        .isEqualTo("/api/projects/" + projectId + "/config");
    assertThat(recorded.path("details").path("status").asInt()).isEqualTo(200);
    assertThat(recorded.toString()).doesNotContain("seedRows"); // never a body

    // identity's own domain event for the same change is there too, and the team dev's refused
    // attempt (a member's request) shows as denied.
    awaitActivity("action=project.config_updated", item -> true);
    awaitActivity(
        "action=http.put",
        item ->
            teammateId.equals(item.path("actorId").asText())
                && "denied".equals(item.path("outcome").asText()));
  }

  @Test
  @Order(13)
  void aSuperAdminGovernsThePlatform() throws Exception {
    String governorToken = signedUp(GOVERNOR, "E2E governor");
    assertThat(get("/api/governance/stats", governorToken).status()).isEqualTo(403);
    E2EDatabase.promoteToSuperAdmin(GOVERNOR);
    // The gateway re-reads the account's role from identity (cached at most 5 s).
    Response stats = awaitStatus("/api/governance/stats", governorToken, 200);
    assertThat(stats.json().path("users").path("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(stats.json().path("projects").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(stats.json().path("teams").asLong()).isGreaterThanOrEqualTo(1);
    // Counted by introspection over its internal API (test 8 left a connection).
    assertThat(stats.json().path("connections").isIntegralNumber()).as(stats.body()).isTrue();
    assertThat(stats.json().path("connections").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(stats.json().path("connectionsNote").isNull()).isTrue();

    Response found = get("/api/governance/users?q=" + TEAMMATE, governorToken);
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().path("items").findValuesAsText("id")).containsExactly(teammateId);
    Response changed =
        call(
            "PATCH",
            "/api/governance/users/" + teammateId,
            "{\"plan\":\"pro\"}",
            governorToken,
            null);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("plan").asText()).isEqualTo("pro");
    assertThat(get("/api/auth/me", teammateToken).json().path("plan").asText()).isEqualTo("pro");

    JsonNode audited = null;
    Instant deadline = Instant.now().plusSeconds(30);
    while (audited == null && Instant.now().isBefore(deadline)) {
      for (JsonNode item :
          get("/api/governance/audit?action=governance.user_updated", governorToken)
              .json()
              .path("items")) {
        if (item.toString().contains(teammateId)) {
          audited = item;
        }
      }
      if (audited == null) {
        Thread.sleep(200);
      }
    }
    assertThat(audited).as("the plan change in the platform audit log").isNotNull();

    // Governance never reaches customer data.
    assertThat(get("/api/projects/" + projectId, governorToken).status()).isEqualTo(403);
    assertThat(get("/api/teams", governorToken).status()).isEqualTo(403);
  }

  @Test
  @Order(14)
  void aDisabledAccountIsRefusedOnItsVeryNextRequest() throws Exception {
    assertThat(get("/api/auth/me", teammateToken).status()).isEqualTo(200);
    String governorToken = login(GOVERNOR).json().path("accessToken").asText();
    Response disabled =
        call(
            "PATCH",
            "/api/governance/users/" + teammateId,
            "{\"enabled\":false}",
            governorToken,
            null);
    assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
    assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
    // No waiting: the gateway forgot the cached status as it relayed the change.
    Response refused = get("/api/projects/" + projectId, teammateToken);
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.json().path("code").asText()).isEqualTo("ACCOUNT_DISABLED");
    assertThat(login(TEAMMATE).status()).isEqualTo(403);

    Response enabled =
        call(
            "PATCH",
            "/api/governance/users/" + teammateId,
            "{\"enabled\":true}",
            governorToken,
            null);
    assertThat(enabled.status()).isEqualTo(200);
    assertThat(get("/api/projects/" + projectId, teammateToken).status()).isEqualTo(200);
  }

  private static Response awaitStatus(String path, String token, int status) throws Exception {
    Instant deadline = Instant.now().plusSeconds(15);
    Response last = get(path, token);
    while (last.status() != status && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      last = get(path, token);
    }
    assertThat(last.status()).as(path + ": " + last.body()).isEqualTo(status);
    return last;
  }

  private void awaitActivity(String query, java.util.function.Predicate<JsonNode> wanted)
      throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      for (JsonNode item :
          get("/api/projects/" + projectId + "/activity?" + query, accessToken)
              .json()
              .path("items")) {
        if (wanted.test(item)) {
          return;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("No activity matching " + query + " in project " + projectId);
  }

  /** RFC 6238 code (HMAC-SHA1, 30 s steps, 6 digits), as an authenticator app computes it. */
  private static String totp(byte[] secret, long step) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
    mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA1"));
    byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    return String.format("%06d", binary % 1_000_000);
  }

  /** RFC 4648 base32, as in otpauth URIs (no padding, case-insensitive). */
  private static byte[] base32(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.toUpperCase(java.util.Locale.ROOT).replace("=", "").toCharArray()) {
      int value = alphabet.indexOf(c);
      if (value < 0) {
        throw new AssertionError("Not base32: " + text);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }

  private Response login() throws Exception {
    return login(EMAIL);
  }

  private static Response login(String email) throws Exception {
    return post(
        "/api/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", null);
  }

  /** Registers {@code email}, verifies it from the mail and signs in; returns the access token. */
  private static String signedUp(String email, String name) throws Exception {
    Response registered =
        post(
            "/api/auth/register",
            "{\"email\":\""
                + email
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"name\":\""
                + name
                + "\"}",
            null);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String code = awaitVerificationCode(email);
    assertThat(post("/api/auth/verify-email", "{\"token\":\"" + code + "\"}", null).status())
        .isEqualTo(200);
    Response login = login(email);
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    return login.json().path("accessToken").asText();
  }

  private String startSelfTest(int steps, int stepMillis) throws Exception {
    Response started =
        post(
            "/api/projects/" + projectId + "/diagnostics/selftest",
            "{\"steps\":" + steps + ",\"stepMillis\":" + stepMillis + "}",
            accessToken);
    assertThat(started.status()).isEqualTo(202);
    return started.json().path("id").asText();
  }

  /** Reads the SSE stream until the server closes it; returns every job state received. */
  private List<JsonNode> stream(String jobId) throws Exception {
    // The projection may not know the job for a few milliseconds after it was created.
    awaitJobVisible(jobId);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(GATEWAY + "/api/projects/" + projectId + "/jobs/" + jobId + "/stream"))
            .header("Authorization", "Bearer " + accessToken)
            .header("Accept", "text/event-stream")
            .timeout(Duration.ofSeconds(60))
            .build();
    HttpResponse<java.util.stream.Stream<String>> response =
        HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
    assertThat(response.statusCode()).isEqualTo(200);
    List<JsonNode> updates = new ArrayList<>();
    response
        .body()
        .filter(line -> line.startsWith("data:"))
        .forEach(line -> updates.add(readJson(line.substring(5).trim())));
    return updates;
  }

  private void awaitJobVisible(String jobId) throws Exception {
    Instant deadline = Instant.now().plusSeconds(20);
    while (Instant.now().isBefore(deadline)) {
      if (get("/api/projects/" + projectId + "/jobs/" + jobId, accessToken).status() == 200) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Job " + jobId + " never appeared in the job list");
  }

  private void awaitJobStatus(String jobId, String status) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      Response job = get("/api/projects/" + projectId + "/jobs/" + jobId, accessToken);
      if (job.status() == 200 && status.equals(job.json().path("status").asText())) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Job " + jobId + " never reached " + status);
  }

  private static String awaitVerificationCode() throws Exception {
    return awaitVerificationCode(EMAIL);
  }

  private static String awaitVerificationCode(String email) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      Response inbox =
          send(
              HttpRequest.newBuilder(
                  URI.create(MAIL_API + "/api/user/" + email + "/messages/INBOX")));
      if (inbox.status() == 200) {
        Matcher matcher = CODE.matcher(inbox.body().replace("=\r\n", "").replace("=\n", ""));
        if (matcher.find()) {
          return matcher.group(1);
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("No verification mail for " + email + " reached the mail sink");
  }

  private static Response get(String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  private static Response post(String path, String body, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(GATEWAY + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  /** Any method, with a JSON body when {@code body} is not null and an optional request id. */
  private static Response call(
      String method, String path, String body, String token, String requestId) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(GATEWAY + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (requestId != null) {
      request.header("X-Request-Id", requestId);
    }
    return send(request);
  }

  private static Response send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    return new Response(
        response.statusCode(),
        response.headers().firstValue("content-type").orElse(""),
        response.body());
  }

  private static JsonNode readJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new AssertionError("Not JSON: " + text, e);
    }
  }

  private record Response(int status, String contentType, String body) {
    JsonNode json() {
      return body == null || body.isBlank() ? JSON.createObjectNode() : readJson(body);
    }
  }
}
