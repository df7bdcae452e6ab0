package dev.kythera.identity.adapter.in.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kythera.identity.domain.audit.AuditOutcome;
import dev.kythera.identity.domain.audit.AuditRecord;
import dev.kythera.kernel.event.EventEnvelope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads a {@code kythera.audit.recorded.v1} event into an audit record. Secret-looking keys in
 * {@code details} (password, token, secret, code, key, authorization, cookie) are redacted whatever
 * the producer sent, and oversized details are cut, so the log never stores secrets or bulk data.
 */
final class AuditEventMapper {
  static final int MAX_DETAILS_BYTES = 8 * 1024;
  private static final Pattern SECRET_KEY =
      Pattern.compile(
          ".*(password|passwd|secret|token|authorization|cookie|credential|recovery|otp|apikey|api_key|privatekey|private_key).*"
              + "|code|key",
          Pattern.CASE_INSENSITIVE);

  /** Request facts the gateway sends beside {@code details}; kept inside details here. */
  private static final List<String> REQUEST_FIELDS =
      List.of("method", "path", "status", "service", "target", "durationMillis");

  private AuditEventMapper() {}

  static AuditRecord read(ObjectMapper json, EventEnvelope envelope) throws IOException {
    JsonNode data = json.readTree(envelope.data());
    if (data == null || !data.isObject()) {
      throw new IllegalArgumentException("Audit event data is not a JSON object");
    }
    String action = text(data, "action");
    if (action == null || action.isBlank()) {
      throw new IllegalArgumentException("Audit event without action");
    }
    ObjectNode details =
        data.path("details").isObject()
            ? ((ObjectNode) data.get("details")).deepCopy()
            : json.createObjectNode();
    for (String field : REQUEST_FIELDS) {
      if (data.has(field) && !details.has(field)) {
        details.set(field, data.get(field));
      }
    }
    redact(details);
    String detailsJson = json.writeValueAsString(details);
    if (detailsJson.getBytes(StandardCharsets.UTF_8).length > MAX_DETAILS_BYTES) {
      detailsJson = "{\"truncated\":true}";
    }
    String outcomeText = text(data, "outcome");
    AuditOutcome outcome =
        outcomeText == null
            ? AuditOutcome.SUCCESS
            : AuditOutcome.fromWire(outcomeText)
                .orElseThrow(() -> new IllegalArgumentException("Unknown outcome " + outcomeText));
    String occurred = text(data, "occurredAt");
    return new AuditRecord(
        0,
        envelope.id(),
        occurred == null ? envelope.time() : Instant.parse(occurred),
        envelope.source(),
        uuid(data, "actorId"),
        limit(text(data, "actorEmail"), 254),
        limit(action, AuditRecord.MAX_ACTION_LENGTH),
        uuid(data, "projectId"),
        outcome,
        limit(text(data, "requestId"), 100),
        detailsJson);
  }

  private static void redact(JsonNode node) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (SECRET_KEY.matcher(field.getKey().toLowerCase(Locale.ROOT)).matches()) {
          field.setValue(object.textNode("[redacted]"));
        } else {
          redact(field.getValue());
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(AuditEventMapper::redact);
    }
  }

  private static String text(JsonNode data, String field) {
    JsonNode node = data.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }

  private static UUID uuid(JsonNode data, String field) {
    String text = text(data, field);
    return text == null || text.isBlank() ? null : UUID.fromString(text);
  }

  private static String limit(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
