package dev.kythera.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.kythera.identity.support.Db;
import dev.kythera.identity.support.MailSinkResource;
import dev.kythera.identity.support.People;
import dev.kythera.identity.support.People.Person;
import dev.kythera.kernel.event.EventEnvelope;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.CloudEventHeaders;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestKafka;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * kythera.audit.events into the audit log: exactly once, then the activity and governance views.
 */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
class AuditLogTest {
  private static final Instant BASE = Instant.parse("2026-03-01T10:00:00Z");

  @Inject AgroalDataSource dataSource;
  private KafkaProducer<String, byte[]> producer;

  @BeforeEach
  void producer() {
    Properties props = new Properties();
    props.put("bootstrap.servers", TestKafka.bootstrapServers());
    props.put("key.serializer", StringSerializer.class.getName());
    props.put("value.serializer", ByteArraySerializer.class.getName());
    producer = new KafkaProducer<>(props);
  }

  @AfterEach
  void close() {
    producer.close();
  }

  @Test
  void theSameEventDeliveredTwiceIsOneRow() throws Exception {
    UUID project = UUID.randomUUID();
    String id = UUID.randomUUID().toString();
    EventEnvelope event =
        gatewayEvent(id, project, UUID.randomUUID(), "http.patch", BASE, "success");
    publish(project, event);
    publish(project, event);
    // A later event on the same partition proves both copies were consumed before we count.
    String marker = UUID.randomUUID().toString();
    publish(
        project, gatewayEvent(marker, project, UUID.randomUUID(), "http.post", BASE, "success"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                Db.queryLong(
                        dataSource, "SELECT count(*) FROM audit_log WHERE event_id = ?", marker)
                    == 1);
    assertThat(Db.queryLong(dataSource, "SELECT count(*) FROM audit_log WHERE event_id = ?", id))
        .isOne();
    assertThat(
            Db.queryLong(
                dataSource,
                "SELECT count(*) FROM processed_event WHERE consumer = 'identity-audit-log' AND event_id = ?",
                id))
        .isOne();
    assertThat(
            Db.queryLong(
                dataSource,
                "SELECT count(*) FROM audit_log WHERE event_id = ? AND details::text LIKE '%hunter2%'",
                id))
        .isZero();
  }

  @Test
  void activityFeedFiltersAndPagesNewestFirst() throws Exception {
    Person owner = People.verified("feed");
    Person reader = People.verified("feed-reader");
    Person stranger = People.verified("feed-stranger");
    UUID project = People.project(owner, "Watched");
    owner
        .on(project, "owner")
        .body(dev.kythera.identity.support.Api.body("email", reader.email(), "permission", "read"))
        .post("/api/projects/" + project + "/members")
        .then()
        .statusCode(201);
    String activity = "/api/projects/" + project + "/activity";

    // identity's own domain events arrive through the outbox, Kafka and the consumer.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                owner
                        .on(project, "owner")
                        .queryParam("action", "project.*")
                        .get(activity)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.action")
                        .size()
                    >= 2);
    owner
        .on(project, "owner")
        .queryParam("action", "project.created")
        .get(activity)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].actorId", equalTo(owner.id().toString()))
        .body("items[0].source", equalTo("/kythera/identity"))
        .body("items[0].details.name", equalTo("Watched"));

    UUID actorA = UUID.randomUUID();
    UUID actorB = UUID.randomUUID();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id = UUID.randomUUID().toString();
      ids.add(id);
      publish(
          project,
          gatewayEvent(
              id,
              project,
              i % 2 == 0 ? actorA : actorB,
              "http.post",
              BASE.plusSeconds(i),
              i == 4 ? "denied" : "success"));
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                Db.queryLong(
                        dataSource, "SELECT count(*) FROM audit_log WHERE event_id = ?", ids.get(4))
                    == 1);

    // Filters: user, action, time range; newest first; cursor paging.
    JsonPath first =
        reader
            .on("viewer", project, "read")
            .queryParam("action", "http.post")
            .queryParam("limit", 2)
            .get(activity)
            .then()
            .statusCode(200)
            .body("items", hasSize(2))
            .extract()
            .jsonPath();
    assertThat(first.getList("items.eventId")).containsExactly(ids.get(4), ids.get(3));
    assertThat(first.getString("items[0].outcome")).isEqualTo("denied");
    assertThat(first.getString("items[0].details.path"))
        .isEqualTo("/api/projects/" + project + "/x");
    JsonPath second =
        reader
            .on("viewer", project, "read")
            .queryParam("action", "http.post")
            .queryParam("limit", 2)
            .queryParam("cursor", first.getString("nextCursor"))
            .get(activity)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(second.getList("items.eventId")).containsExactly(ids.get(2), ids.get(1));
    JsonPath third =
        reader
            .on("viewer", project, "read")
            .queryParam("action", "http.post")
            .queryParam("limit", 2)
            .queryParam("cursor", second.getString("nextCursor"))
            .get(activity)
            .then()
            .extract()
            .jsonPath();
    assertThat(third.getList("items.eventId")).containsExactly(ids.get(0));
    assertThat(third.getString("nextCursor")).isNull();

    reader
        .on("viewer", project, "read")
        .queryParam("user", actorA.toString())
        .get(activity)
        .then()
        .body("items.eventId", org.hamcrest.Matchers.contains(ids.get(4), ids.get(2), ids.get(0)));
    reader
        .on("viewer", project, "read")
        .queryParam("from", BASE.plusSeconds(1).toString())
        .queryParam("to", BASE.plusSeconds(3).toString())
        .queryParam("action", "http.*")
        .get(activity)
        .then()
        .body("items.eventId", org.hamcrest.Matchers.contains(ids.get(2), ids.get(1)));

    // Boundaries and bad input.
    stranger.on(project, "read").get(activity).then().statusCode(404);
    reader.on("viewer", UUID.randomUUID(), "read").get(activity).then().statusCode(403);
    reader
        .on("viewer", project, "read")
        .queryParam("from", "yesterday")
        .get(activity)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    reader
        .on("viewer", project, "read")
        .queryParam("user", "bob")
        .get(activity)
        .then()
        .statusCode(400);
    reader
        .on("viewer", project, "read")
        .queryParam("limit", "500")
        .get(activity)
        .then()
        .statusCode(400);
    reader
        .on("viewer", project, "read")
        .queryParam("from", BASE.plusSeconds(5).toString())
        .queryParam("to", BASE.toString())
        .get(activity)
        .then()
        .statusCode(400);

    // The platform-wide view, for super_admin only.
    Person governor = People.superAdmin(dataSource);
    governor
        .as("super_admin")
        .queryParam("project", project.toString())
        .queryParam("outcome", "denied")
        .get("/api/governance/audit")
        .then()
        .statusCode(200)
        .body("items.eventId", org.hamcrest.Matchers.contains(ids.get(4)));
    governor
        .as("super_admin")
        .queryParam("action", "project.created")
        .queryParam("limit", 200)
        .get("/api/governance/audit")
        .then()
        .statusCode(200)
        .body("items.projectId", hasItem(project.toString()))
        .body("items.action", not(hasItem("http.post")));
    governor
        .as("super_admin")
        .queryParam("outcome", "maybe")
        .get("/api/governance/audit")
        .then()
        .statusCode(400);
  }

  private void publish(UUID project, EventEnvelope event) throws Exception {
    producer
        .send(CloudEventHeaders.toRecord(EventTypes.TOPIC_AUDIT, project.toString(), event))
        .get();
  }

  /** An event in the shape the gateway emits for every mutating request. */
  private static EventEnvelope gatewayEvent(
      String id, UUID project, UUID actor, String action, Instant at, String outcome) {
    String data =
        """
        {"action":"%s","actorId":"%s","actorEmail":"someone@example.test","projectId":"%s",
         "outcome":"%s","requestId":"req-%s","occurredAt":"%s","method":"POST",
         "path":"/api/projects/%s/x","status":%d,"details":{"password":"hunter2"}}
        """
            .formatted(
                action,
                actor,
                project,
                outcome,
                id,
                at,
                project,
                outcome.equals("denied") ? 403 : 200);
    return new EventEnvelope(
        id, "/kythera/gateway", "kythera.audit.recorded.v1", project.toString(), at, data);
  }
}
