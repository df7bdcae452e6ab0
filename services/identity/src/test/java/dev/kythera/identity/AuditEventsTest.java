package dev.kythera.identity;

import static dev.kythera.identity.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.identity.support.Api;
import dev.kythera.identity.support.MailSinkResource;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.testing.KytheraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Project changes reach Kafka as audit events through the outbox, keyed by project. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
class AuditEventsTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void projectCreationIsPublishedAsAnAuditEvent() {
    UUID owner = Api.registerVerified(Api.uniqueEmail("audit"));
    String projectId =
        Api.as(owner)
            .body(body("name", "Audited"))
            .post("/api/projects")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    ConsumerRecord<String, String> event = awaitEvent(projectId, "project.created");
    assertThat(event.value()).contains(owner.toString()).contains("Audited");
    assertThat(header(event, "ce_type")).isEqualTo("kythera.audit.recorded.v1");
    assertThat(header(event, "ce_source")).isEqualTo("/kythera/identity");
  }

  private ConsumerRecord<String, String> awaitEvent(String key, String action) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.GROUP_ID_CONFIG,
            "audit-test-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class.getName(),
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class.getName());
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      consumer.subscribe(List.of(EventTypes.TOPIC_AUDIT));
      long deadline = System.currentTimeMillis() + 20_000;
      while (System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          if (key.equals(record.key()) && record.value().contains("\"" + action + "\"")) {
            return record;
          }
        }
      }
    }
    throw new AssertionError("No " + action + " audit event for " + key);
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
