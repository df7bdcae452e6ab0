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
 * reaches a service around the gateway.
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
  private static String accessToken;
  private static String projectId;

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

  private Response login() throws Exception {
    return post(
        "/api/auth/login", "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}", null);
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

  private String awaitVerificationCode() throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      Response inbox =
          send(
              HttpRequest.newBuilder(
                  URI.create(MAIL_API + "/api/user/" + EMAIL + "/messages/INBOX")));
      if (inbox.status() == 200) {
        Matcher matcher = CODE.matcher(inbox.body().replace("=\r\n", "").replace("=\n", ""));
        if (matcher.find()) {
          return matcher.group(1);
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("No verification mail for " + EMAIL + " reached the mail sink");
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
