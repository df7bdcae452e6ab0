package dev.kythera.gateway.adapter.out.proxy;

/** What went wrong, if anything, while one request was forwarded; touched on its event loop. */
final class ForwardState {
  boolean timedOut;
  boolean bodyTooLarge;
}
