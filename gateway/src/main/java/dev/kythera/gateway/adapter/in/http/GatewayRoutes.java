package dev.kythera.gateway.adapter.in.http;

import dev.kythera.gateway.adapter.problem.ProblemJson;
import dev.kythera.gateway.application.port.in.RouteRequestUseCase;
import dev.kythera.gateway.application.port.in.RouteRequestUseCase.RouteRequestCommand;
import dev.kythera.gateway.domain.RequestIds;
import dev.kythera.kernel.error.ErrorCode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * Inbound adapter (Vert.x router): the gateway's front door. Every {@code /api} request goes to the
 * route use case before any other handler sees it; {@code /internal} is never served from outside;
 * anything else (the web app, {@code /q} health) continues down Quarkus's router.
 */
@ApplicationScoped
public class GatewayRoutes {
  private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

  /** Before Quarkus's body-size limit (order -2) and every application route. */
  static final int ORDER = -1000;

  private final RouteRequestUseCase routeRequest;
  private final ProblemJson problems;

  public GatewayRoutes(RouteRequestUseCase routeRequest, ProblemJson problems) {
    this.routeRequest = routeRequest;
    this.problems = problems;
  }

  void init(@Observes Router router) {
    router.route().order(ORDER).handler(this::handle);
  }

  void handle(RoutingContext context) {
    HttpServerRequest request = context.request();
    String raw = request.path() == null ? "" : request.path();
    String normalized = context.normalizedPath();
    if (isUnder(raw, normalized, "/internal")) {
      String requestId = RequestIds.acceptOrNew(null);
      problems.write(
          context.response(),
          ErrorCode.NOT_FOUND,
          "Not found",
          null,
          requestId,
          List.of(),
          Map.of());
      return;
    }
    if (!isUnder(raw, normalized, "/api")) {
      context.next();
      return;
    }
    // Hold the body back until the request is admitted; the proxy resumes it.
    request.pause();
    String requestId = RequestIds.acceptOrNew(request.getHeader(ProblemJson.REQUEST_ID_HEADER));
    VertxClientExchange exchange = new VertxClientExchange(context, requestId, raw, problems);
    routeRequest
        .route(command(request, raw, requestId), exchange)
        .whenComplete(
            (ignored, failure) -> {
              if (failure != null) {
                LOG.errorf(failure, "Request %s was not answered cleanly", requestId);
                context.fail(failure);
              }
            });
  }

  private static boolean isUnder(String raw, String normalized, String prefix) {
    return startsWithSegment(collapseSlashes(raw), prefix)
        || startsWithSegment(collapseSlashes(normalized), prefix);
  }

  private static boolean startsWithSegment(String path, String prefix) {
    return path.startsWith(prefix)
        && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
  }

  private static String collapseSlashes(String path) {
    if (path == null) {
      return "";
    }
    return path.startsWith("//") ? path.replaceFirst("^/+", "/") : path;
  }

  private static RouteRequestCommand command(
      HttpServerRequest request, String path, String requestId) {
    OptionalLong contentLength = contentLength(request.getHeader(HttpHeaders.CONTENT_LENGTH));
    boolean chunked = request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    SocketAddress remote = request.remoteAddress();
    return new RouteRequestCommand(
        request.method().name(),
        path,
        Optional.ofNullable(request.query()),
        Optional.ofNullable(request.getHeader(HttpHeaders.AUTHORIZATION)),
        contentLength,
        chunked || contentLength.orElse(0) > 0,
        Optional.ofNullable(request.getHeader(HttpHeaders.CONTENT_TYPE)),
        remote == null ? "unknown" : remote.hostAddress(),
        requestId);
  }

  private static OptionalLong contentLength(String header) {
    if (header == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(header.trim()));
    } catch (NumberFormatException e) {
      // Vert.x refuses malformed lengths before we get here; be safe anyway.
      return OptionalLong.of(Long.MAX_VALUE);
    }
  }
}
