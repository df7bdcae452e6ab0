package dev.kythera.gateway.domain;

/** What request bodies a route accepts, checked before anything is forwarded. */
public enum BodyPolicy {
  /** A body, when present, must be {@code application/json} (or a {@code +json} type). */
  JSON,
  /** Any content type is passed through (uploads, plain text). */
  ANY
}
