package dev.kythera.gateway.adapter.out.proxy;

import dev.kythera.gateway.adapter.problem.ProblemJson;
import dev.kythera.gateway.application.port.out.BackendForwarder.Forward;
import dev.kythera.gateway.domain.Backend;
import dev.kythera.gateway.domain.Uuids;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.platform.problem.Problem;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Shapes one forwarded request: strips what clients must not send to services (their Authorization,
 * {@code X-Internal-*}, forwarding and Connection-listed headers), adds the internal token and
 * request id, caps the body, and turns proxy failures into problem+json. On the way back, an
 * identity answer that names a changed account ({@value #ACCOUNT_CHANGED}) makes the gateway forget
 * that account's cached status before the client sees the answer; the header never reaches the
 * client.
 */
final class ForwardInterceptor implements ProxyInterceptor {
  private static final Logger LOG = Logger.getLogger(ForwardInterceptor.class);
  private static final Set<String> STRIPPED =
      Set.of(
          "authorization",
          "proxy-authorization",
          "forwarded",
          "x-forwarded-for",
          "x-forwarded-host",
          "x-forwarded-port",
          "x-forwarded-prefix",
          "x-forwarded-proto",
          "x-real-ip",
          "x-request-id");

  /** identity's response header naming accounts whose status, role or plan just changed. */
  static final String ACCOUNT_CHANGED = "X-Internal-Account-Changed";

  private final Forward forward;
  private final long maxBodyBytes;
  private final ForwardState state;
  private final ProblemJson problems;
  private final Consumer<UUID> accountChanged;

  ForwardInterceptor(
      Forward forward,
      long maxBodyBytes,
      ForwardState state,
      ProblemJson problems,
      Consumer<UUID> accountChanged) {
    this.forward = forward;
    this.maxBodyBytes = maxBodyBytes;
    this.state = state;
    this.problems = problems;
    this.accountChanged = accountChanged;
  }

  @Override
  public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
    ProxyRequest request = context.request();
    HttpServerRequest client = request.proxiedRequest();
    MultiMap headers = request.headers();
    scrub(headers);
    headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + forward.internalToken());
    headers.set(ProblemJson.REQUEST_ID_HEADER, forward.requestId());
    if (client.remoteAddress() != null) {
      headers.set("X-Forwarded-For", client.remoteAddress().hostAddress());
    }
    headers.set("X-Forwarded-Proto", client.scheme() == null ? "http" : client.scheme());
    if (client.authority() != null) {
      headers.set("X-Forwarded-Host", client.authority().toString());
    }
    request.setURI(forward.uri());
    Body body = request.getBody();
    if (body != null) {
      request.setBody(Body.body(new CappedBody(body.stream(), maxBodyBytes, state), body.length()));
    }
    return context
        .sendRequest()
        .recover(failure -> Future.succeededFuture(problem(context, failure)));
  }

  @Override
  public Future<Void> handleProxyResponse(ProxyContext context) {
    ProxyResponse response = context.response();
    List<String> changed = response.headers().getAll(ACCOUNT_CHANGED);
    if (!changed.isEmpty()) {
      response.headers().remove(ACCOUNT_CHANGED);
      if (forward.backend() == Backend.IDENTITY) {
        forgetChanged(changed);
      }
    }
    response.putHeader(ProblemJson.REQUEST_ID_HEADER, forward.requestId());
    return context.sendResponse();
  }

  private void forgetChanged(List<String> values) {
    for (String value : values) {
      for (String id : value.split(",")) {
        Optional<UUID> userId = Uuids.parse(id.trim());
        if (userId.isPresent()) {
          try {
            accountChanged.accept(userId.get());
          } catch (RuntimeException e) {
            LOG.warnf(e, "Cannot forget the cached status of %s", userId.get());
          }
        } else {
          LOG.warnf("identity named a changed account that is not a user id: %s", id);
        }
      }
    }
  }

  private static void scrub(MultiMap headers) {
    List<String> remove = new ArrayList<>();
    for (String value : headers.getAll(HttpHeaders.CONNECTION)) {
      for (String name : value.split(",")) {
        remove.add(name.trim());
      }
    }
    for (String name : headers.names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (STRIPPED.contains(lower) || lower.startsWith("x-internal-")) {
        remove.add(name);
      }
    }
    remove.forEach(headers::remove);
  }

  private ProxyResponse problem(ProxyContext context, Throwable failure) {
    String instance = context.request().proxiedRequest().path();
    ProxyResponse response = context.request().release().response();
    Buffer body;
    int status;
    if (state.bodyTooLarge) {
      status = ErrorCode.PAYLOAD_TOO_LARGE.status();
      body =
          problems.body(
              ErrorCode.PAYLOAD_TOO_LARGE,
              "The body is larger than " + maxBodyBytes + " bytes",
              instance,
              forward.requestId(),
              null);
      if (context.request().proxiedRequest().version() != io.vertx.core.http.HttpVersion.HTTP_2) {
        response.putHeader(HttpHeaders.CONNECTION, "close"); // HTTP/2 forbids this header
      }
    } else if (state.timedOut
        || failure instanceof TimeoutException
        || failure instanceof ConnectTimeoutException) {
      status = ErrorCode.GATEWAY_TIMEOUT.status();
      body =
          problems.body(
              ErrorCode.GATEWAY_TIMEOUT,
              forward.backend().configName() + " did not answer in time",
              instance,
              forward.requestId(),
              null);
    } else {
      LOG.warnf(
          "Cannot reach %s for %s, requestId=%s: %s",
          forward.backend().configName(), instance, forward.requestId(), failure.toString());
      status = ErrorCode.BAD_GATEWAY.status();
      body =
          problems.body(
              ErrorCode.BAD_GATEWAY,
              forward.backend().configName() + " is not reachable right now",
              instance,
              forward.requestId(),
              null);
    }
    return response
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .setBody(Body.body(body));
  }
}
