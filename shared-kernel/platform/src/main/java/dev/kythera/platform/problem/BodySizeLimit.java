package dev.kythera.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.kernel.error.ErrorCode;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Inbound adapter guard (Vert.x router): a request that declares a body over {@code
 * quarkus.http.limits.max-body-size} is answered 413 problem+json before anything reads it. Quarkus
 * enforces the same limit one step later (route order -2) with an empty 413; this route runs first
 * so clients get the platform's error shape. Bodies streamed without a declared length are still
 * cut by Quarkus while they are read.
 */
@ApplicationScoped
public class BodySizeLimit {
  /** Just before Quarkus's own body-size route (order -2). */
  static final int ORDER = -3;

  private final Optional<MemorySize> limit;
  private final ObjectMapper json;

  public BodySizeLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
      ObjectMapper json) {
    this.limit = limit;
    this.json = json;
  }

  void install(@Observes Router router) {
    limit.ifPresent(max -> router.route().order(ORDER).handler(c -> check(c, max.asLongValue())));
  }

  private void check(RoutingContext context, long max) {
    String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (declared == null || !exceeds(declared, max)) {
      context.next();
      return;
    }
    HttpServerResponse response = context.response();
    if (context.request().version() != HttpVersion.HTTP_2) {
      // The unread body would be taken for the next request on this connection: close it.
      // (HTTP/2 forbids the Connection header; its streams end independently.)
      response.putHeader(HttpHeaders.CONNECTION, "close");
      response.endHandler(ignored -> context.request().connection().close());
    }
    response
        .setStatusCode(ErrorCode.PAYLOAD_TOO_LARGE.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .end(body(context, max));
  }

  private static boolean exceeds(String declared, long max) {
    try {
      return Long.parseLong(declared.trim()) > max;
    } catch (NumberFormatException e) {
      return false; // Vert.x refuses a malformed length itself
    }
  }

  private String body(RoutingContext context, long max) {
    Problem problem =
        Problem.of(
            ErrorCode.PAYLOAD_TOO_LARGE,
            "The request body is larger than " + max + " bytes",
            context.request().path(),
            ProblemResponses.newTraceId(),
            null);
    try {
      return json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A problem must always serialize", e);
    }
  }
}
