package dev.kythera.gateway.application.port.out;

/** Outbound port: token buckets for rate-limited routes. */
public interface RateLimiter {

  /** Takes one token from the bucket of {@code key} (client address and route); non-blocking. */
  Decision tryAcquire(String key);

  /**
   * @param allowed whether the call may proceed
   * @param retryAfterSeconds when refused, how long until a token is available (at least 1)
   */
  record Decision(boolean allowed, long retryAfterSeconds) {
    public static final Decision ALLOWED = new Decision(true, 0);

    public static Decision refused(long retryAfterSeconds) {
      return new Decision(false, Math.max(1, retryAfterSeconds));
    }
  }
}
