package dev.kythera.gateway.adapter.out.identity;

import dev.kythera.gateway.adapter.config.BackendAddresses;
import dev.kythera.gateway.adapter.config.GatewayConfig;
import dev.kythera.gateway.adapter.out.token.Jose4jInternalTokenIssuer;
import dev.kythera.gateway.domain.Backend;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;

/**
 * Outbound adapter helper: non-blocking GETs to identity's service endpoints, authenticated with
 * the gateway's own service token. A pool separate from the proxy's, so proxied traffic (long SSE
 * streams) can never starve key and access lookups.
 */
@ApplicationScoped
public class IdentityClient {
  private final HttpClient client;
  private final BackendAddresses.Address address;
  private final Jose4jInternalTokenIssuer tokens;
  private final long timeoutMillis;

  /** Status and body of one answer. */
  public record Reply(int status, Buffer body) {}

  public IdentityClient(
      Vertx vertx,
      BackendAddresses addresses,
      Jose4jInternalTokenIssuer tokens,
      GatewayConfig config) {
    this.address = addresses.of(Backend.IDENTITY);
    this.tokens = tokens;
    this.timeoutMillis = config.backendTimeout().toMillis();
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setKeepAlive(true)
                .setConnectTimeout((int) config.connectTimeout().toMillis()),
            new PoolOptions().setHttp1MaxSize(32));
  }

  /** GETs {@code uri}; fails with {@code BAD_GATEWAY} when identity cannot be reached. */
  public CompletionStage<Reply> get(String uri) {
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setHost(address.host())
            .setPort(address.port())
            .setSsl(address.ssl())
            .setURI(uri)
            .setIdleTimeout(timeoutMillis)
            .putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.serviceToken())
            .putHeader(HttpHeaders.ACCEPT, "application/json");
    Future<Reply> reply =
        client
            .request(options)
            .compose(request -> request.send())
            .compose(
                response -> response.body().map(body -> new Reply(response.statusCode(), body)))
            .recover(
                failure ->
                    Future.failedFuture(
                        new KytheraException(
                            ErrorCode.BAD_GATEWAY,
                            "identity did not answer (" + failure.getMessage() + ")",
                            failure)));
    return reply.toCompletionStage();
  }

  @PreDestroy
  void close() {
    client.close();
  }
}
