package dev.kythera.platform.events;

/** What a consumer does with one event. Throwing means "not handled": it is retried, then DLQ'd. */
@FunctionalInterface
public interface EventHandler {
  void handle(IncomingEvent event) throws Exception;
}
