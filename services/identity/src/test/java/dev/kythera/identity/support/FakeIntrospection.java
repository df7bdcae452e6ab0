package dev.kythera.identity.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kythera.kernel.access.Caller;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.platform.security.InternalTokenVerifier;
import dev.kythera.platform.security.PemKeys;
import dev.kythera.testing.TestKeys;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny stand-in for introspection's {@code GET /internal/stats}: it answers only a service token
 * of identity signed with the services' key (else 401/403, like the real filter), then whatever
 * status and body the test set.
 */
public final class FakeIntrospection implements AutoCloseable {
  private final HttpServer server;
  private final InternalTokenVerifier verifier;
  private final AtomicInteger admitted = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private volatile int status = 200;
  private volatile String body = "{\"connections\":0}";

  public FakeIntrospection() {
    // Only the services' key is trusted: the "gateway" slot gets a key nobody signs with.
    verifier =
        new InternalTokenVerifier(
            TestKeys.stranger().getPublic(),
            PemKeys.publicKey(TestKeys.dir().resolve("service-public.pem")));
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/internal/stats", this::handle);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** What the next calls with a good token get. */
  public void answer(int status, String body) {
    this.status = status;
    this.body = body;
  }

  public void answerConnections(long count) {
    answer(200, "{\"connections\":" + count + "}");
  }

  /** Calls that carried identity's service token. */
  public int admitted() {
    return admitted.get();
  }

  /** Calls refused for their token. */
  public int refused() {
    return refused.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String header = exchange.getRequestHeaders().getFirst("Authorization");
      if (!"GET".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "{}");
        return;
      }
      if (header == null || !header.startsWith("Bearer ")) {
        refused.incrementAndGet();
        send(exchange, 401, "{\"code\":\"UNAUTHENTICATED\"}");
        return;
      }
      Caller caller;
      try {
        caller = verifier.verify(header.substring("Bearer ".length()));
      } catch (KytheraException e) {
        refused.incrementAndGet();
        send(exchange, 401, "{\"code\":\"INVALID_TOKEN\"}");
        return;
      }
      if (!caller.isService("identity")) {
        refused.incrementAndGet();
        send(exchange, 403, "{\"code\":\"FORBIDDEN\"}");
        return;
      }
      admitted.incrementAndGet();
      send(exchange, status, body);
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
