package dev.kythera.gateway.application.port.in;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The client side of one request, implemented by the inbound HTTP adapter and handed to the core,
 * which answers it exactly once: {@link #refuse}, {@link #serveLocally}, or by passing it to the
 * backend forwarder.
 */
public interface ClientExchange {

  /** Answers the client with a problem+json error. */
  void refuse(Refusal refusal);

  /** Lets the gateway's own handlers (the Swagger UI) answer the request. */
  void serveLocally();

  /**
   * Completes once the answer has been sent, whoever sent it (the gateway or a backend through the
   * forwarder), with its status; with 0 when the client went away before a status was sent.
   */
  CompletionStage<Integer> answered();

  /** Runs tasks on the exchange's I/O thread; the core answers the exchange only through it. */
  Executor executor();

  /**
   * The transport object behind the exchange, for the forwarder that streams the request.
   *
   * @throws IllegalArgumentException when the exchange is not backed by {@code type}
   */
  <T> T unwrap(Class<T> type);
}
