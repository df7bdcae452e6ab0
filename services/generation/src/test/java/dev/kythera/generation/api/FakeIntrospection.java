package dev.kythera.generation.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for introspection's internal API over real HTTP (the generation service calls it as it
 * would in production): snapshots and descriptors of the fixture databases a test registers,
 * answered only to a service token whose subject is {@code service:generation}. The test profile
 * points {@code kythera.generation.services.introspection} at {@link #PORT}.
 */
final class FakeIntrospection {
  static final int PORT = 18982;
  private static FakeIntrospection running;

  private final ObjectMapper json = new ObjectMapper();
  private final Map<UUID, Registered> byConnection = new ConcurrentHashMap<>();
  private final Map<UUID, Registered> bySnapshot = new ConcurrentHashMap<>();
  final List<String> subjects = new CopyOnWriteArrayList<>();

  /** Reference definitions per connection, as introspection lists them (JSON array). */
  final Map<UUID, String> references = new ConcurrentHashMap<>();

  /** One connection: its project, snapshot (as introspection serves it) and descriptor. */
  record Registered(
      UUID projectId, UUID connectionId, UUID snapshotId, String snapshot, String descriptor) {}

  static synchronized FakeIntrospection start() {
    if (running == null) {
      running = new FakeIntrospection();
    }
    return running;
  }

  private FakeIntrospection() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
      server.createContext("/internal/", this::handle);
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Registers a connection with one snapshot; the JSON is what introspection would send. */
  Registered register(UUID projectId, JsonNode model, JsonNode descriptor) {
    UUID connectionId = UUID.randomUUID();
    UUID snapshotId = UUID.randomUUID();
    String snapshot =
        json.createObjectNode()
            .<com.fasterxml.jackson.databind.node.ObjectNode>set(
                "summary",
                json.createObjectNode()
                    .put("id", snapshotId.toString())
                    .put("projectId", projectId.toString())
                    .put("connectionId", connectionId.toString()))
            .set("model", model)
            .toString();
    Registered registered =
        new Registered(projectId, connectionId, snapshotId, snapshot, descriptor.toString());
    byConnection.put(connectionId, registered);
    bySnapshot.put(snapshotId, registered);
    return registered;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String subject = subject(exchange.getRequestHeaders().getFirst("Authorization"));
      subjects.add(String.valueOf(subject));
      if (!"service:generation".equals(subject)) {
        send(exchange, 403, "{\"detail\":\"service tokens only\"}");
        return;
      }
      String[] parts = exchange.getRequestURI().getPath().split("/");
      // /internal/projects/{p}/connections/{c}/latest-snapshot|descriptor, .../schema/snapshots/{s}
      UUID projectId = UUID.fromString(parts[3]);
      Registered found =
          parts[4].equals("connections")
              ? byConnection.get(UUID.fromString(parts[5]))
              : bySnapshot.get(UUID.fromString(parts[6]));
      if (found == null || !found.projectId().equals(projectId)) {
        send(exchange, 404, "{\"detail\":\"No such connection or snapshot\"}");
        return;
      }
      String last = parts[parts.length - 1];
      send(
          exchange,
          200,
          switch (last) {
            case "descriptor" -> found.descriptor();
            case "references" -> references.getOrDefault(found.connectionId(), "[]");
            default -> found.snapshot();
          });
    }
  }

  private String subject(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return null;
    }
    String[] jwt = authorization.substring(7).split("\\.");
    try {
      return json.readTree(Base64.getUrlDecoder().decode(jwt[1])).path("sub").asText(null);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
