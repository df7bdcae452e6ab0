package dev.kythera.generation.adapter.out.introspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.generation.application.port.out.SchemaSource;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.platform.security.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Outbound adapter (HTTP): snapshots and connection descriptors from introspection's internal API,
 * signed with this service's service token. Introspection's 404 and 409 pass through as the same
 * problems (no such snapshot; nothing captured yet); anything else is a 502 naming introspection.
 */
@ApplicationScoped
public class IntrospectionSchemaSource implements SchemaSource {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final String base;
  private final ServiceTokens tokens;
  private final ObjectMapper json;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

  public IntrospectionSchemaSource(
      @ConfigProperty(name = "kythera.generation.services.introspection") String introspection,
      ServiceTokens tokens,
      ObjectMapper json) {
    this.base =
        introspection.endsWith("/")
            ? introspection.substring(0, introspection.length() - 1)
            : introspection;
    this.tokens = tokens;
    this.json = json;
  }

  @Override
  public SourceSchema latest(UUID projectId, UUID connectionId) {
    return schema(
        get(
            "/internal/projects/"
                + projectId
                + "/connections/"
                + connectionId
                + "/latest-snapshot"));
  }

  @Override
  public SourceSchema snapshot(UUID projectId, UUID snapshotId) {
    return schema(get("/internal/projects/" + projectId + "/schema/snapshots/" + snapshotId));
  }

  @Override
  public ConnectionDescriptor descriptor(UUID projectId, UUID connectionId) {
    JsonNode body =
        get("/internal/projects/" + projectId + "/connections/" + connectionId + "/descriptor");
    try {
      return json.treeToValue(body, ConnectionDescriptor.class);
    } catch (IOException e) {
      throw new KytheraException(
          ErrorCode.BAD_GATEWAY, "introspection sent an unreadable descriptor");
    }
  }

  @Override
  public Map<String, List<String>> references(UUID projectId, UUID connectionId) {
    JsonNode body =
        get("/internal/projects/" + projectId + "/connections/" + connectionId + "/references");
    Map<String, List<String>> values = new HashMap<>();
    for (JsonNode reference : body) {
      String source = reference.path("source").asText("");
      // schema.table.column; enum types (schema.type) are the model's enums already
      if (source.split("\\.").length != 3 || !reference.path("values").isArray()) {
        continue;
      }
      List<String> allowed = new ArrayList<>();
      reference.path("values").forEach(value -> allowed.add(value.asText()));
      if (!allowed.isEmpty()) {
        values.put(source, allowed);
      }
    }
    return values;
  }

  private SourceSchema schema(JsonNode body) {
    try {
      JsonNode summary = body.path("summary");
      return new SourceSchema(
          UUID.fromString(summary.path("id").asText()),
          UUID.fromString(summary.path("connectionId").asText()),
          json.treeToValue(body.path("model"), SchemaModel.class));
    } catch (IOException | IllegalArgumentException e) {
      throw new KytheraException(
          ErrorCode.BAD_GATEWAY, "introspection sent an unreadable snapshot");
    }
  }

  private JsonNode get(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", tokens.bearer())
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new KytheraException(
          ErrorCode.BAD_GATEWAY, "introspection is unreachable: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KytheraException(ErrorCode.UNAVAILABLE, "interrupted while asking introspection");
    }
    int status = response.statusCode();
    if (status == 200) {
      try {
        return json.readTree(response.body());
      } catch (IOException e) {
        throw new KytheraException(ErrorCode.BAD_GATEWAY, "introspection sent unreadable JSON");
      }
    }
    String detail = detail(response.body());
    if (status == 404) {
      throw new KytheraException(
          ErrorCode.NOT_FOUND, detail == null ? "Not found in introspection" : detail);
    }
    if (status == 409) {
      throw new KytheraException(
          ErrorCode.CONFLICT, detail == null ? "Conflict in introspection" : detail);
    }
    throw new KytheraException(ErrorCode.BAD_GATEWAY, "introspection answered " + status);
  }

  private String detail(String body) {
    try {
      JsonNode problem = json.readTree(body);
      return problem.hasNonNull("detail") ? problem.get("detail").asText() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
