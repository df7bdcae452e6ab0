package dev.kythera.gateway.it;

import dev.kythera.kernel.access.Caller;
import dev.kythera.platform.security.InternalTokenVerifier;
import dev.kythera.platform.security.PemKeys;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * Real HTTP servers standing in for the five services. Each verifies the gateway's internal token
 * with the platform's {@link InternalTokenVerifier} and echoes what it saw; identity also serves
 * its JWKS, project-access and account-status answers. Tests steer and inspect them over {@code
 * /__fake}.
 *
 * <p>A user the tests have not described is enabled and its status states no role or plan, so the
 * gateway keeps the token's; {@code PUT /__fake/status/{userId}} sets the status identity answers
 * (the body is the answer, or {@code {"deleted":true}} for 404).
 *
 * <p>patch also plays a dead backend — it drops the connection without an answer — for its OpenAPI
 * document and any {@code /pro-reports} path, so the 502 paths stay testable now that every backend
 * has production routes the authorization matrix forwards to.
 */
public final class FakeBackends implements AutoCloseable {
  public static final String KID = "identity-1";

  private final Vertx vertx = Vertx.vertx();
  private final PublicKey gatewayKey;
  private final InternalTokenVerifier verifier;
  private final JsonArray log = new JsonArray();
  private final Map<String, String> grants = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> statuses = new ConcurrentHashMap<>();
  private volatile String jwks;
  private HttpServer identity;
  private HttpServer generation;
  private HttpServer introspection;
  private HttpServer patch;
  private HttpServer compliance;

  private FakeBackends(Path keysDir) throws Exception {
    this.gatewayKey = PemKeys.publicKey(keysDir.resolve("gateway-public.pem"));
    this.verifier = new InternalTokenVerifier(gatewayKey);
    RsaJsonWebKey jwk =
        new RsaJsonWebKey(
            (java.security.interfaces.RSAPublicKey)
                PemKeys.publicKey(keysDir.resolve("identity-public.pem")));
    jwk.setKeyId(KID);
    jwk.setUse("sig");
    jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
    this.jwks = new JsonWebKeySet(jwk).toJson();
  }

  public static FakeBackends start(Path keysDir) throws Exception {
    FakeBackends fakes = new FakeBackends(keysDir);
    fakes.identity = fakes.listen("identity");
    fakes.generation = fakes.listen("generation");
    fakes.introspection = fakes.listen("introspection");
    fakes.patch = fakes.listen("patch");
    fakes.compliance = fakes.listen("compliance");
    return fakes;
  }

  private HttpServer listen(String service) throws Exception {
    return vertx
        .createHttpServer()
        .requestHandler(request -> handle(service, request))
        .listen(0, "127.0.0.1")
        .toCompletionStage()
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  public String identityUrl() {
    return "http://127.0.0.1:" + identity.actualPort();
  }

  public String generationUrl() {
    return "http://127.0.0.1:" + generation.actualPort();
  }

  public String introspectionUrl() {
    return "http://127.0.0.1:" + introspection.actualPort();
  }

  public String patchUrl() {
    return "http://127.0.0.1:" + patch.actualPort();
  }

  public String complianceUrl() {
    return "http://127.0.0.1:" + compliance.actualPort();
  }

  private void handle(String service, HttpServerRequest request) {
    if (request.path().startsWith("/__fake/")) {
      control(request);
      return;
    }
    if (service.equals("patch")
        && (request.path().equals("/q/openapi") || request.path().contains("/pro-reports"))) {
      request.connection().close(); // a backend that died: no answer at all
      return;
    }
    request
        .body()
        .onSuccess(
            body -> {
              JsonObject seen = seen(service, request, body.length());
              synchronized (log) {
                log.add(seen);
              }
              if (!seen.containsKey("claims")) {
                request.response().setStatusCode(401).end(seen.encode());
                return;
              }
              answer(service, request, seen);
            });
  }

  private JsonObject seen(String service, HttpServerRequest request, int bodyLength) {
    JsonObject headers = new JsonObject();
    request.headers().forEach(entry -> headers.put(entry.getKey().toLowerCase(), entry.getValue()));
    JsonObject seen =
        new JsonObject()
            .put("service", service)
            .put("method", request.method().name())
            .put("uri", request.uri())
            .put("path", request.path())
            .put("headers", headers)
            .put("bodyLength", bodyLength);
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.startsWith("Bearer ")) {
      String token = authorization.substring(7);
      try {
        Caller caller = verifier.verify(token);
        seen.put("callerRole", caller.role().wireName());
        seen.put(
            "claims",
            new JsonObject(
                new JwtConsumerBuilder()
                    .setVerificationKey(gatewayKey)
                    .setExpectedAudience("kythera-services")
                    .build()
                    .processToClaims(token)
                    .getClaimsMap()));
      } catch (Exception e) {
        seen.put("tokenError", e.getMessage());
      }
    }
    return seen;
  }

  private void answer(String service, HttpServerRequest request, JsonObject seen) {
    String path = request.path();
    // Like identity after an account change: names the account for the gateway to forget.
    String announced = request.getParam("announce");
    if (announced != null) {
      request.response().putHeader("X-Internal-Account-Changed", announced);
    } else if (service.equals("identity")
        && request.method().name().equals("PATCH")
        && path.startsWith("/api/governance/users/")) {
      request.response().putHeader("X-Internal-Account-Changed", path.split("/")[4]);
    }
    if (path.equals("/q/openapi")) {
      json(
          request,
          200,
          new JsonObject()
              .put("openapi", "3.0.3")
              .put("info", new JsonObject().put("title", service)));
    } else if (path.equals("/api/auth/jwks")) {
      request.response().putHeader("Content-Type", "application/json").end(jwks);
    } else if (path.startsWith("/internal/projects/") && path.endsWith("/access")) {
      String project = path.split("/")[3];
      String permission = grants.get(project + "|" + request.getParam("userId"));
      if (permission == null) {
        json(request, 404, new JsonObject().put("code", "NOT_FOUND"));
      } else {
        json(request, 200, new JsonObject().put("permission", permission));
      }
    } else if (path.startsWith("/internal/users/") && path.endsWith("/status")) {
      String userId = path.split("/")[3];
      JsonObject status = statuses.get(userId);
      if (status == null) {
        json(request, 200, new JsonObject().put("userId", userId).put("enabled", true));
      } else if (status.getBoolean("deleted", false)) {
        json(request, 404, new JsonObject().put("code", "NOT_FOUND"));
      } else {
        json(request, 200, status);
      }
    } else if (path.endsWith("/stream")) {
      stream(request);
    } else if (path.contains("/jobs/slow")) {
      vertx.setTimer(10_000, id -> json(request, 200, seen));
    } else {
      json(request, 200, seen);
    }
  }

  /** Three server-sent events, 500 ms apart. */
  private void stream(HttpServerRequest request) {
    var response =
        request
            .response()
            .setChunked(true)
            .putHeader("Content-Type", "text/event-stream")
            .putHeader("Cache-Control", "no-cache");
    response.write("event: progress\ndata: 1\n\n");
    vertx.setTimer(500, a -> response.write("event: progress\ndata: 2\n\n"));
    vertx.setTimer(1000, b -> response.end("event: done\ndata: 3\n\n"));
  }

  private void control(HttpServerRequest request) {
    String[] parts = request.path().split("/");
    switch (parts[2]) {
      case "log" -> {
        synchronized (log) {
          json(request, 200, new JsonObject().put("requests", log.copy()));
        }
      }
      case "grant" -> {
        // /__fake/grant/{projectId}/{userId}/{permission}
        grants.put(parts[3] + "|" + parts[4], parts[5]);
        request.response().setStatusCode(204).end();
      }
      case "status" ->
          // /__fake/status/{userId}
          request
              .body()
              .onSuccess(
                  body -> {
                    statuses.put(parts[3], body.toJsonObject());
                    request.response().setStatusCode(204).end();
                  });
      case "jwks" ->
          request
              .body()
              .onSuccess(
                  body -> {
                    jwks = body.toString();
                    request.response().setStatusCode(204).end();
                  });
      default -> request.response().setStatusCode(404).end();
    }
  }

  private static void json(HttpServerRequest request, int status, JsonObject body) {
    request
        .response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .end(body.encode());
  }

  @Override
  public void close() {
    vertx.close();
  }
}
