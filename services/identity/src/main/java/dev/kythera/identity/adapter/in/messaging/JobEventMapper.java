package dev.kythera.identity.adapter.in.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.identity.domain.job.JobView;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/** Reads the job snapshot carried by every {@code kythera.job.*.v1} event. */
final class JobEventMapper {
  private JobEventMapper() {}

  static JobView read(ObjectMapper json, String data) throws IOException {
    JsonNode node = json.readTree(data);
    JsonNode result = node.get("result");
    return new JobView(
        UUID.fromString(node.path("id").asText()),
        UUID.fromString(node.path("projectId").asText()),
        uuid(node.get("userId")),
        node.path("service").asText(),
        node.path("type").asText(),
        node.path("label").asText(),
        node.path("status").asText(),
        node.path("progress").asDouble(),
        text(node.get("message")),
        result == null || result.isNull() ? null : json.writeValueAsString(result),
        text(node.get("error")),
        instant(node.get("createdAt")),
        instant(node.get("startedAt")),
        instant(node.get("completedAt")));
  }

  private static UUID uuid(JsonNode node) {
    return node == null || node.isNull() ? null : UUID.fromString(node.asText());
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Instant instant(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    // Jackson writes Instants as ISO text or as decimal epoch seconds depending on settings.
    return node.isNumber()
        ? Instant.ofEpochMilli(Math.round(node.asDouble() * 1000))
        : Instant.parse(node.asText());
  }
}
