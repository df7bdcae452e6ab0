package dev.kythera.gateway.adapter.out.proxy;

import dev.kythera.gateway.adapter.config.BackendAddresses;
import dev.kythera.gateway.adapter.config.GatewayConfig;
import dev.kythera.gateway.adapter.problem.ProblemJson;
import dev.kythera.gateway.application.port.in.AccountChangedUseCase;
import dev.kythera.gateway.application.port.in.ClientExchange;
import dev.kythera.gateway.application.port.out.BackendForwarder;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Outbound adapter (vertx-http-proxy): streams requests to backends and responses back, both ways
 * without buffering, so SSE passes through as it is written. The client has no idle timeout (an SSE
 * stream may stay quiet); instead a backend must start its response within the backend timeout,
 * else the client gets 504.
 */
@ApplicationScoped
public class VertxProxyForwarder implements BackendForwarder {
  private static final Logger LOG = Logger.getLogger(VertxProxyForwarder.class);

  private final Vertx vertx;
  private final HttpClient client;
  private final BackendAddresses addresses;
  private final ProblemJson problems;
  private final AccountChangedUseCase accountChanged;
  private final long maxBodyBytes;
  private final long responseTimeoutMillis;
  private final long connectTimeoutMillis;
  private final ProxyOptions proxyOptions = new ProxyOptions().setSupportWebSocket(false);

  public VertxProxyForwarder(
      Vertx vertx,
      BackendAddresses addresses,
      ProblemJson problems,
      GatewayConfig config,
      AccountChangedUseCase accountChanged) {
    this.vertx = vertx;
    this.accountChanged = accountChanged;
    this.addresses = addresses;
    this.problems = problems;
    this.maxBodyBytes = config.maxBodyBytes();
    this.responseTimeoutMillis = config.backendTimeout().toMillis();
    this.connectTimeoutMillis = config.connectTimeout().toMillis();
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setKeepAlive(true)
                .setIdleTimeout(0)
                .setDecompressionSupported(false)
                .setConnectTimeout((int) connectTimeoutMillis),
            new PoolOptions()
                .setHttp1MaxSize(config.maxConnectionsPerBackend())
                .setMaxWaitQueueSize(-1));
  }

  @Override
  public void forward(Forward forward, ClientExchange exchange) {
    RoutingContext context = exchange.unwrap(RoutingContext.class);
    BackendAddresses.Address address = addresses.of(forward.backend());
    ForwardState state = new ForwardState();
    frameUndeclaredHttp2Body(context.request());
    // A proxy per request is two small objects; it lets the origin and interceptor carry the
    // request's own decision instead of looking it up again.
    HttpProxy.reverseProxy(proxyOptions, client)
        .origin(ignored -> open(address, state))
        .addInterceptor(
            new ForwardInterceptor(
                forward, maxBodyBytes, state, problems, accountChanged::accountChanged))
        .handle(context.request());
  }

  private Future<HttpClientRequest> open(BackendAddresses.Address address, ForwardState state) {
    RequestOptions options =
        new RequestOptions()
            .setHost(address.host())
            .setPort(address.port())
            .setSsl(address.ssl())
            .setConnectTimeout(connectTimeoutMillis);
    return client
        .request(options)
        .onSuccess(
            request -> {
              // Failures reach the client through the response future; keep them out of the
              // error log (Vert.x logs exceptions of requests without a handler).
              request.exceptionHandler(
                  failure -> LOG.debugf("Backend request ended early: %s", failure.toString()));
              armResponseTimeout(request, state);
            });
  }

  /**
   * An HTTP/2 client may stream a body without declaring its length. Backends speak HTTP/1.1, where
   * such a body must be sent chunked, and the proxy chooses chunked framing only when the incoming
   * request says {@code Transfer-Encoding: chunked}; so say it (the header itself is hop-by-hop and
   * never forwarded).
   */
  private static void frameUndeclaredHttp2Body(HttpServerRequest incoming) {
    if (incoming.version() == HttpVersion.HTTP_2
        && !incoming.headers().contains(HttpHeaders.CONTENT_LENGTH)
        && !incoming.isEnded()) {
      incoming.headers().set(HttpHeaders.TRANSFER_ENCODING, "chunked");
    }
  }

  private void armResponseTimeout(HttpClientRequest request, ForwardState state) {
    long timer =
        vertx.setTimer(
            responseTimeoutMillis,
            id -> {
              state.timedOut = true;
              request.reset(0, new TimeoutException("no response in " + responseTimeoutMillis));
            });
    request.response().onComplete(ignored -> vertx.cancelTimer(timer));
  }

  @PreDestroy
  void close() {
    client.close();
  }
}
