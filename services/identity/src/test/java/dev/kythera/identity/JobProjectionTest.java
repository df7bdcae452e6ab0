package dev.kythera.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.kythera.identity.support.MailSinkResource;
import dev.kythera.identity.support.People;
import dev.kythera.kernel.event.EventEnvelope;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.CloudEventHeaders;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestKafka;
import dev.kythera.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * identity's side of the job backbone: it projects {@code kythera.jobs.events} from any service,
 * serves the jobs API, streams a job over SSE until its terminal state and turns a cancel request
 * into a command on {@code kythera.jobs.commands}.
 */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
class JobProjectionTest {
  private UUID projectId;
  private UUID userId;
  private KafkaProducer<String, byte[]> producer;

  @Inject AgroalDataSource dataSource;

  @TestHTTPResource URL baseUrl;

  @BeforeEach
  void ownerAndProject() {
    People.Person owner = People.verified("jobs");
    userId = owner.id();
    projectId = People.project(owner, "Jobs project");
  }

  @BeforeEach
  void producer() {
    Properties props = new Properties();
    props.put("bootstrap.servers", TestKafka.bootstrapServers());
    props.put("key.serializer", StringSerializer.class.getName());
    props.put("value.serializer", ByteArraySerializer.class.getName());
    producer = new KafkaProducer<>(props);
  }

  @AfterEach
  void closeProducer() {
    producer.close();
  }

  private String token(String permission) {
    return "Bearer "
        + TestTokens.internal().user(userId).role("dev").project(projectId, permission).sign();
  }

  private String publish(String eventId, String type, UUID jobId, String status, double progress)
      throws Exception {
    String data =
        """
        {"id":"%s","projectId":"%s","userId":"%s","service":"generation",
         "type":"platform.selftest","label":"Self-test","status":"%s","progress":%s,
         "message":"step","result":%s,"error":null,"createdAt":"%s",
         "startedAt":null,"completedAt":null}
        """
            .formatted(
                jobId,
                projectId,
                userId,
                status,
                progress,
                status.equals("done") ? "{\"steps\":3}" : "null",
                Instant.now());
    EventEnvelope event =
        new EventEnvelope(
            eventId, "/kythera/generation", type, jobId.toString(), Instant.now(), data);
    producer
        .send(CloudEventHeaders.toRecord(EventTypes.TOPIC_JOB_EVENTS, jobId.toString(), event))
        .get();
    return eventId;
  }

  private String publish(String type, UUID jobId, String status, double progress) throws Exception {
    return publish(UUID.randomUUID().toString(), type, jobId, status, progress);
  }

  private void awaitStatus(UUID jobId, String status) {
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                given()
                            .header("Authorization", token("read"))
                            .get("/api/projects/" + projectId + "/jobs/" + jobId)
                            .then()
                            .extract()
                            .statusCode()
                        == 200
                    && status.equals(
                        given()
                            .header("Authorization", token("read"))
                            .get("/api/projects/" + projectId + "/jobs/" + jobId)
                            .then()
                            .extract()
                            .path("status")));
  }

  @Test
  void jobEventsFromAnyServiceBecomeTheProjectJobList() throws Exception {
    UUID jobId = UUID.randomUUID();
    publish(EventTypes.JOB_CREATED, jobId, "pending", 0);
    publish(EventTypes.JOB_STARTED, jobId, "running", 0);
    publish(EventTypes.JOB_DONE, jobId, "done", 1);
    awaitStatus(jobId, "done");

    given()
        .header("Authorization", token("read"))
        .get("/api/projects/" + projectId + "/jobs")
        .then()
        .statusCode(200)
        .body("[0].id", equalTo(jobId.toString()))
        .body("[0].service", equalTo("generation"))
        .body("[0].result.steps", equalTo(3))
        .body("[0].progress", equalTo(1.0f));
  }

  @Test
  void aLateProgressEventNeverReopensAFinishedJob() throws Exception {
    UUID jobId = UUID.randomUUID();
    publish(EventTypes.JOB_CREATED, jobId, "pending", 0);
    publish(EventTypes.JOB_CANCELLED, jobId, "cancelled", 0.4);
    publish(EventTypes.JOB_PROGRESSED, jobId, "running", 0.5);
    UUID marker = UUID.randomUUID();
    publish(EventTypes.JOB_CREATED, marker, "pending", 0);
    awaitStatus(marker, "pending"); // same partition order is not guaranteed; wait for both
    awaitStatus(jobId, "cancelled");
    Thread.sleep(300);
    given()
        .header("Authorization", token("read"))
        .get("/api/projects/" + projectId + "/jobs/" + jobId)
        .then()
        .body("status", equalTo("cancelled"));
  }

  @Test
  void theSameEventDeliveredTwiceIsProcessedOnce() throws Exception {
    UUID jobId = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    publish(eventId, EventTypes.JOB_CREATED, jobId, "pending", 0);
    publish(eventId, EventTypes.JOB_CREATED, jobId, "pending", 0);
    awaitStatus(jobId, "pending");
    Thread.sleep(500);
    assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ?", eventId))
        .isEqualTo(1);
  }

  @Test
  void sseStreamsUpdatesAndClosesOnTheTerminalState() throws Exception {
    UUID jobId = UUID.randomUUID();
    publish(EventTypes.JOB_CREATED, jobId, "pending", 0);
    awaitStatus(jobId, "pending");

    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(baseUrl + "api/projects/" + projectId + "/jobs/" + jobId + "/stream"))
            .header("Authorization", token("read"))
            .header("Accept", "text/event-stream")
            .build();
    List<String> data = new CopyOnWriteArrayList<>();
    CompletableFuture<HttpResponse<Stream<String>>> response =
        HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
    CompletableFuture<Void> reading =
        response.thenAccept(
            r ->
                r.body()
                    .filter(line -> line.startsWith("data:"))
                    .forEach(line -> data.add(line.substring(5).trim())));
    await().atMost(Duration.ofSeconds(10)).until(() -> !data.isEmpty());
    assertThat(data.getFirst()).contains("\"status\":\"pending\"");

    publish(EventTypes.JOB_STARTED, jobId, "running", 0.1);
    publish(EventTypes.JOB_PROGRESSED, jobId, "running", 0.5);
    await().atMost(Duration.ofSeconds(10)).until(() -> data.size() >= 3);
    publish(EventTypes.JOB_DONE, jobId, "done", 1);

    reading.get(10, TimeUnit.SECONDS); // the server closed the stream after "done"
    assertThat(response.get().headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    assertThat(data.getLast()).contains("\"status\":\"done\"");
    assertThat(data).anyMatch(line -> line.contains("\"progress\":0.5"));
  }

  @Test
  void cancelPublishesACommandForTheOwningService() throws Exception {
    UUID jobId = UUID.randomUUID();
    publish(EventTypes.JOB_CREATED, jobId, "running", 0.2);
    awaitStatus(jobId, "running");
    try (KafkaConsumer<String, byte[]> commands = commandsConsumer()) {
      given()
          .header("Authorization", token("write"))
          .post("/api/projects/" + projectId + "/jobs/" + jobId + "/cancel")
          .then()
          .statusCode(202);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> {
                for (var record : commands.poll(Duration.ofMillis(200))) {
                  EventEnvelope command = CloudEventHeaders.fromRecord(record);
                  if (command.type().equals(EventTypes.JOB_CANCEL_REQUESTED)
                      && jobId.toString().equals(record.key())) {
                    return command.data().contains(userId.toString());
                  }
                }
                return false;
              });
    }
  }

  @Test
  void cancellingAFinishedJobIsAConflictAndReadersCannotCancel() throws Exception {
    UUID jobId = UUID.randomUUID();
    publish(EventTypes.JOB_DONE, jobId, "done", 1);
    awaitStatus(jobId, "done");
    given()
        .header("Authorization", token("write"))
        .post("/api/projects/" + projectId + "/jobs/" + jobId + "/cancel")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given()
        .header("Authorization", token("read"))
        .post("/api/projects/" + projectId + "/jobs/" + jobId + "/cancel")
        .then()
        .statusCode(403);
  }

  @Test
  void aTokenForTheProjectIsNotEnoughWithoutMembership() throws Exception {
    UUID jobId = UUID.randomUUID();
    publish(EventTypes.JOB_CREATED, jobId, "pending", 0);
    awaitStatus(jobId, "pending");
    String outsider =
        "Bearer "
            + TestTokens.internal()
                .user(UUID.randomUUID())
                .role("dev")
                .project(projectId, "owner")
                .sign();
    given()
        .header("Authorization", outsider)
        .get("/api/projects/" + projectId + "/jobs/" + jobId)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void jobsOfOtherProjectsAndBadIdsAreRefused() {
    given()
        .header("Authorization", token("read"))
        .get("/api/projects/" + projectId + "/jobs/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .header("Authorization", token("read"))
        .get("/api/projects/" + projectId + "/jobs/not-a-uuid")
        .then()
        .statusCode(400);
    given()
        .header("Authorization", token("read"))
        .get("/api/projects/" + UUID.randomUUID() + "/jobs")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", token("read"))
        .get("/api/projects/" + projectId + "/jobs?status=bogus")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
  }

  private KafkaConsumer<String, byte[]> commandsConsumer() {
    Properties props = new Properties();
    props.put("bootstrap.servers", TestKafka.bootstrapServers());
    props.put("group.id", "probe-" + UUID.randomUUID());
    props.put("auto.offset.reset", "earliest");
    props.put("key.deserializer", StringDeserializer.class.getName());
    props.put("value.deserializer", ByteArrayDeserializer.class.getName());
    KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props);
    consumer.subscribe(List.of(EventTypes.TOPIC_JOB_COMMANDS));
    return consumer;
  }

  private long count(String sql, String arg) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      q.setString(1, arg);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
