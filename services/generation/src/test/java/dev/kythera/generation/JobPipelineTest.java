package dev.kythera.generation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.kythera.kernel.event.EventEnvelope;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.KafkaClients;
import dev.kythera.platform.jobs.JobReaper;
import dev.kythera.platform.jobs.JobSnapshot;
import dev.kythera.platform.jobs.JobStore;
import dev.kythera.platform.jobs.Jobs;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The job backbone end to end inside one service: REST → job row + outbox → Kafka request → worker
 * → progress/final events on {@code kythera.jobs.events}; cancel commands; lost workers.
 */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "generation"))
class JobPipelineTest {
  private final UUID projectId = UUID.randomUUID();
  private final UUID userId = UUID.randomUUID();

  @Inject Jobs jobs;
  @Inject KafkaClients kafka;
  @Inject JobReaper reaper;
  @Inject JobStore store;
  @Inject AgroalDataSource dataSource;

  private String token(String permission) {
    return "Bearer "
        + TestTokens.internal().user(userId).role("dev").project(projectId, permission).sign();
  }

  private String startSelfTest(String body) {
    return given()
        .header("Authorization", token("write"))
        .contentType("application/json")
        .body(body)
        .when()
        .post("/api/projects/" + projectId + "/diagnostics/selftest")
        .then()
        .statusCode(202)
        .body("status", equalTo("pending"))
        .body("type", equalTo("platform.selftest"))
        .extract()
        .path("id");
  }

  private JobSnapshot awaitStatus(String jobId, String status) {
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> jobs.get(projectId, UUID.fromString(jobId)).status().equals(status));
    return jobs.get(projectId, UUID.fromString(jobId));
  }

  @Test
  void jobRunsToDoneAndPublishesItsLifecycleInOrder() {
    try (EventProbe probe = new EventProbe(EventTypes.TOPIC_JOB_EVENTS)) {
      String jobId = startSelfTest("{\"steps\":5,\"stepMillis\":30}");
      JobSnapshot done = awaitStatus(jobId, "done");
      assertThat(done.progress()).isEqualTo(1.0);
      assertThat(done.result().path("steps").asInt()).isEqualTo(5);
      assertThat(done.startedAt()).isNotNull();
      assertThat(done.completedAt()).isAfterOrEqualTo(done.startedAt());

      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  probe.eventsFor(jobId).stream()
                      .anyMatch(e -> e.type().equals(EventTypes.JOB_DONE)));
      List<String> types = probe.eventsFor(jobId).stream().map(EventEnvelope::type).toList();
      assertThat(types.getFirst()).isEqualTo(EventTypes.JOB_CREATED);
      assertThat(types.get(1)).isEqualTo(EventTypes.JOB_STARTED);
      assertThat(types.getLast()).isEqualTo(EventTypes.JOB_DONE);
      assertThat(types).contains(EventTypes.JOB_PROGRESSED);
      EventEnvelope last = probe.eventsFor(jobId).getLast();
      assertThat(last.source()).isEqualTo("/kythera/generation");
      assertThat(last.subject()).isEqualTo(jobId);
      assertThat(last.data()).contains("\"status\":\"done\"");
    }
  }

  @Test
  void progressEventsAreThrottledToAboutTenPerSecond() {
    try (EventProbe probe = new EventProbe(EventTypes.TOPIC_JOB_EVENTS)) {
      // 200 steps of 5 ms: 200 progress calls within ~1 s must give at most ~10 events.
      String jobId = startSelfTest("{\"steps\":200,\"stepMillis\":5}");
      JobSnapshot done = awaitStatus(jobId, "done");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  probe.eventsFor(jobId).stream()
                      .anyMatch(e -> e.type().equals(EventTypes.JOB_DONE)));
      long progressEvents =
          probe.eventsFor(jobId).stream()
              .filter(e -> e.type().equals(EventTypes.JOB_PROGRESSED))
              .count();
      double seconds = Duration.between(done.startedAt(), done.completedAt()).toMillis() / 1000.0;
      assertThat(progressEvents).isGreaterThan(0).isLessThanOrEqualTo(Math.round(seconds * 10) + 2);
    }
  }

  @Test
  void failingJobEndsInErrorWithItsMessage() {
    String jobId = startSelfTest("{\"steps\":2,\"stepMillis\":1,\"failWith\":\"boom at the end\"}");
    JobSnapshot failed = awaitStatus(jobId, "error");
    assertThat(failed.error()).isEqualTo("boom at the end");
    assertThat(failed.completedAt()).isNotNull();
  }

  @Test
  void cancelCommandStopsARunningJob() throws Exception {
    String jobId = startSelfTest("{\"steps\":200,\"stepMillis\":100}");
    awaitStatus(jobId, "running");
    sendCancel(jobId);
    JobSnapshot cancelled = awaitStatus(jobId, "cancelled");
    assertThat(cancelled.progress()).isLessThan(1.0);
    assertThat(cancelled.completedAt()).isNotNull();
  }

  @Test
  void cancelledJobStaysCancelled() throws Exception {
    String jobId = startSelfTest("{\"steps\":100,\"stepMillis\":50}");
    awaitStatus(jobId, "running");
    sendCancel(jobId);
    awaitStatus(jobId, "cancelled");
    sendCancel(jobId); // a second cancel of a terminal job changes nothing
    Thread.sleep(300);
    assertThat(jobs.get(projectId, UUID.fromString(jobId)).status()).isEqualTo("cancelled");
  }

  @Test
  void jobWhoseWorkerDiedEndsInErrorNotRunningForever() throws Exception {
    UUID lost = UUID.randomUUID();
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO job (id, project_id, type, label, status, created_at, started_at,"
                    + " heartbeat_at, worker_id) VALUES (?, ?, 'platform.selftest', 'lost',"
                    + " 'running', now(), now() - interval '10 minutes',"
                    + " now() - interval '10 minutes', 'dead-worker')")) {
      insert.setObject(1, lost);
      insert.setObject(2, projectId);
      insert.executeUpdate();
    }
    reaper.reap();
    JobSnapshot reaped = jobs.get(projectId, lost);
    assertThat(reaped.status()).isEqualTo("error");
    assertThat(reaped.error()).contains("worker running this job stopped");
  }

  @Test
  void heartbeatsKeepRunningJobsAlive() throws Exception {
    UUID running = UUID.randomUUID();
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO job (id, project_id, type, label, status, created_at, started_at,"
                    + " heartbeat_at, worker_id) VALUES (?, ?, 'platform.selftest', 'long',"
                    + " 'running', now(), now() - interval '10 minutes',"
                    + " now() - interval '10 minutes', 'this-worker')")) {
      insert.setObject(1, running);
      insert.setObject(2, projectId);
      insert.executeUpdate();
    }
    store.heartbeat(List.of(running));
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "SELECT now() - heartbeat_at < interval '1 minute' FROM job WHERE id = ?")) {
      query.setObject(1, running);
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getBoolean(1)).isTrue();
      }
    }
  }

  @Test
  void readersCannotStartJobsAndOtherProjectsAreRefused() {
    given()
        .header("Authorization", token("read"))
        .contentType("application/json")
        .body("{}")
        .when()
        .post("/api/projects/" + projectId + "/diagnostics/selftest")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .header("Authorization", token("owner"))
        .contentType("application/json")
        .body("{}")
        .when()
        .post("/api/projects/" + UUID.randomUUID() + "/diagnostics/selftest")
        .then()
        .statusCode(403);
  }

  @Test
  void invalidParametersAreRefusedAndNothingIsStored() throws Exception {
    long before = countJobs();
    given()
        .header("Authorization", token("write"))
        .contentType("application/json")
        .body("{\"steps\":0}")
        .when()
        .post("/api/projects/" + projectId + "/diagnostics/selftest")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("steps"));
    given()
        .header("Authorization", token("write"))
        .contentType("application/json")
        .body("{\"steps\": ")
        .when()
        .post("/api/projects/" + projectId + "/diagnostics/selftest")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .header("Authorization", token("write"))
        .contentType("text/plain")
        .body("steps=3")
        .when()
        .post("/api/projects/" + projectId + "/diagnostics/selftest")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    assertThat(countJobs()).isEqualTo(before);
  }

  @Test
  void unreadableRequestGoesToTheDeadLetterTopic() throws Exception {
    String marker = "poison-" + UUID.randomUUID();
    try (EventProbe dlq =
        new EventProbe(EventTypes.jobRequests("generation") + EventTypes.DLQ_SUFFIX)) {
      kafka
          .producer()
          .send(
              new ProducerRecord<>(
                  EventTypes.jobRequests("generation"),
                  marker,
                  "not a cloud event".getBytes(StandardCharsets.UTF_8)))
          .get();
      await()
          .atMost(Duration.ofSeconds(15))
          .until(() -> dlq.records().stream().anyMatch(r -> marker.equals(r.key())));
      var dead = dlq.records().stream().filter(r -> marker.equals(r.key())).findFirst().get();
      assertThat(new String(dead.headers().lastHeader("kythera_error").value()))
          .contains("CloudEvents");
    }
  }

  private void sendCancel(String jobId) throws Exception {
    CancelCommands.send(kafka, jobId);
  }

  private long countJobs() throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("SELECT count(*) FROM job");
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
