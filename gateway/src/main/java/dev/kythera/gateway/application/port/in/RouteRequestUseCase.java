package dev.kythera.gateway.application.port.in;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;

/**
 * Inbound port: takes one public {@code /api} request through the route table, rate limit, body
 * checks, token and project access, then forwards it with an internal token or refuses it.
 */
public interface RouteRequestUseCase {

  /**
   * Decides what happens to the request and tells {@code exchange}: refuse it, let the gateway
   * serve it, or (through the backend forwarder) stream it to its service. Never blocks; the stage
   * completes once the exchange has been told. Failures are answered on the exchange, not thrown.
   */
  CompletionStage<Void> route(RouteRequestCommand command, ClientExchange exchange);

  /**
   * One incoming request, as far as routing needs it.
   *
   * @param method HTTP method, upper case
   * @param path raw path as received, without the query
   * @param query raw query string, empty when there is none
   * @param authorization the {@code Authorization} header, when sent
   * @param contentLength the declared body length, when declared
   * @param hasBody whether a body follows (declared length above zero, or chunked)
   * @param contentType the {@code Content-Type} header, when sent
   * @param clientAddress the client's address, the key for rate limits
   * @param requestId the correlation id (the client's {@code X-Request-Id} when sane)
   */
  record RouteRequestCommand(
      String method,
      String path,
      Optional<String> query,
      Optional<String> authorization,
      OptionalLong contentLength,
      boolean hasBody,
      Optional<String> contentType,
      String clientAddress,
      String requestId) {
    public RouteRequestCommand {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(authorization, "authorization");
      Objects.requireNonNull(contentLength, "contentLength");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(clientAddress, "clientAddress");
      Objects.requireNonNull(requestId, "requestId");
    }
  }
}
