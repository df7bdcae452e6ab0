package dev.kythera.gateway.application.port.out;

import dev.kythera.gateway.application.port.in.ClientExchange;
import dev.kythera.gateway.domain.Backend;
import java.util.Objects;

/** Outbound port: streams an admitted request to its backend and the answer back. */
public interface BackendForwarder {

  /**
   * Sends the exchange's request to {@code forward.backend()} and streams the response back to the
   * client, both ways without buffering. Answers the client itself when the backend cannot be
   * reached (502), is too slow to answer (504) or the body turns out too large (413). Called on the
   * exchange's I/O thread.
   */
  void forward(Forward forward, ClientExchange exchange);

  /**
   * @param backend the service that answers
   * @param uri path and query sent to the backend
   * @param internalToken the signed internal token replacing the client's Authorization
   * @param requestId the correlation id, sent on and echoed to the client
   */
  record Forward(Backend backend, String uri, String internalToken, String requestId) {
    public Forward {
      Objects.requireNonNull(backend, "backend");
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(internalToken, "internalToken");
      Objects.requireNonNull(requestId, "requestId");
    }
  }
}
