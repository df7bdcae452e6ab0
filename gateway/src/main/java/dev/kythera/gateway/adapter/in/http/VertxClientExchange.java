package dev.kythera.gateway.adapter.in.http;

import dev.kythera.gateway.adapter.problem.ProblemJson;
import dev.kythera.gateway.application.port.in.ClientExchange;
import dev.kythera.gateway.application.port.in.Refusal;
import dev.kythera.kernel.error.ErrorCode;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/** Inbound adapter: one client request as the core sees it, answered on its Vert.x context. */
final class VertxClientExchange implements ClientExchange {
  private final RoutingContext context;
  private final String requestId;
  private final String path;
  private final ProblemJson problems;
  private final Context vertxContext;
  private CompletableFuture<Integer> answered;

  VertxClientExchange(RoutingContext context, String requestId, String path, ProblemJson problems) {
    this.context = context;
    this.requestId = requestId;
    this.path = path;
    this.problems = problems;
    this.vertxContext = Vertx.currentContext();
  }

  @Override
  public void refuse(Refusal refusal) {
    HttpServerRequest request = context.request();
    if (!request.isEnded()) {
      if (refusal.code() == ErrorCode.PAYLOAD_TOO_LARGE) {
        // Do not read a body we refuse; close the connection once answered. HTTP/2 forbids the
        // Connection header (the stream alone ends there).
        if (request.version() != io.vertx.core.http.HttpVersion.HTTP_2) {
          context.response().putHeader("Connection", "close");
        }
      } else {
        // Drain the (small) body so the connection can be reused.
        request.resume();
      }
    }
    problems.write(
        context.response(),
        refusal.code(),
        refusal.detail(),
        path,
        requestId,
        refusal.errors(),
        refusal.headers());
  }

  @Override
  public void serveLocally() {
    context.request().resume();
    context.next();
  }

  @Override
  public synchronized CompletionStage<Integer> answered() {
    if (answered == null) {
      CompletableFuture<Integer> future = new CompletableFuture<>();
      HttpServerResponse response = context.response();
      // Runs once the response has been sent (success) or the connection went away (failure).
      context.addEndHandler(
          result ->
              future.complete(
                  result.succeeded() || response.headWritten() ? response.getStatusCode() : 0));
      answered = future;
    }
    return answered;
  }

  @Override
  public Executor executor() {
    return task -> {
      if (vertxContext == null || Vertx.currentContext() == vertxContext) {
        task.run();
      } else {
        vertxContext.runOnContext(ignored -> task.run());
      }
    };
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    if (type.isInstance(context)) {
      return type.cast(context);
    }
    throw new IllegalArgumentException("This exchange is backed by a Vert.x RoutingContext");
  }
}
