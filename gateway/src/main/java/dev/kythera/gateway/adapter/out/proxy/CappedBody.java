package dev.kythera.gateway.adapter.out.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body stream that fails once more than {@code maxBytes} have passed, for bodies whose
 * size is not declared up front (chunked). Counting happens as data streams; nothing is buffered.
 */
final class CappedBody implements ReadStream<Buffer> {
  private final ReadStream<Buffer> source;
  private final long maxBytes;
  private final ForwardState state;
  private long seen;
  private Handler<Throwable> exceptionHandler;

  CappedBody(ReadStream<Buffer> source, long maxBytes, ForwardState state) {
    this.source = source;
    this.maxBytes = maxBytes;
    this.state = state;
  }

  /** Signals an over-long body to the pipe feeding the backend. */
  static final class TooLarge extends RuntimeException {
    TooLarge() {
      super("request body too large", null, false, false);
    }
  }

  @Override
  public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
    this.exceptionHandler = handler;
    source.exceptionHandler(handler);
    return this;
  }

  @Override
  public ReadStream<Buffer> handler(Handler<Buffer> handler) {
    if (handler == null) {
      source.handler(null);
      return this;
    }
    source.handler(
        chunk -> {
          if (state.bodyTooLarge) {
            return;
          }
          seen += chunk.length();
          if (seen > maxBytes) {
            state.bodyTooLarge = true;
            if (exceptionHandler != null) {
              exceptionHandler.handle(new TooLarge());
            }
            return;
          }
          handler.handle(chunk);
        });
    return this;
  }

  @Override
  public ReadStream<Buffer> pause() {
    source.pause();
    return this;
  }

  @Override
  public ReadStream<Buffer> resume() {
    source.resume();
    return this;
  }

  @Override
  public ReadStream<Buffer> fetch(long amount) {
    source.fetch(amount);
    return this;
  }

  @Override
  public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
    source.endHandler(endHandler);
    return this;
  }
}
