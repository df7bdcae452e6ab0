package dev.kythera.gateway.adapter.out.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kythera.gateway.adapter.config.GatewayConfig;
import dev.kythera.gateway.application.port.out.RateLimiter;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Outbound adapter (Bucket4j): one in-memory token bucket per key (client address and route).
 * Buckets idle for ten minutes are dropped (they would be full again anyway), which bounds memory.
 * Limits are per gateway replica.
 */
@ApplicationScoped
public class Bucket4jRateLimiter implements RateLimiter {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final Bandwidth limit;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();

  public Bucket4jRateLimiter(GatewayConfig config) {
    GatewayConfig.AuthRateLimit settings = config.authRateLimit();
    this.limit =
        Bandwidth.builder()
            .capacity(settings.capacity())
            .refillGreedy(settings.refillPerMinute(), Duration.ofMinutes(1))
            .build();
  }

  @Override
  public Decision tryAcquire(String key) {
    Bucket bucket = buckets.get(key, ignored -> Bucket.builder().addLimit(limit).build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return Decision.ALLOWED;
    }
    long nanos = probe.getNanosToWaitForRefill();
    return Decision.refused((nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
  }
}
