package dev.kythera.gateway.adapter.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Typed gateway configuration ({@code kythera.gateway.*}). */
@ConfigMapping(prefix = "kythera.gateway")
public interface GatewayConfig {

  /** Base URL of each backend by name (identity, introspection, generation, patch, compliance). */
  Map<String, String> services();

  /** How long identity's project-access answers (positive and negative) are cached. */
  @WithDefault("5")
  int accessCacheSeconds();

  /**
   * How long identity's account status answers (enabled, role, plan) are cached: the longest a
   * disabled account, or a changed role or plan, may go unnoticed. At most 5 s; 0 asks every time.
   */
  @WithDefault("5s")
  Duration userStatusCache();

  /** Largest request body forwarded; larger bodies get 413. */
  @WithDefault("1048576")
  long maxBodyBytes();

  /** Time a backend has to start its response (headers) before the client gets 504. */
  @WithDefault("30s")
  Duration backendTimeout();

  /** Time allowed to open a connection to a backend. */
  @WithDefault("5s")
  Duration connectTimeout();

  /** Connection pool size per backend (each open SSE stream holds one connection). */
  @WithDefault("1000")
  int maxConnectionsPerBackend();

  /** Sign internal tokens on a worker thread, keeping the event loop free of RSA work. */
  @WithDefault("true")
  boolean signOnWorker();

  /** Lifetime of an internal token. */
  @WithDefault("60s")
  Duration internalTokenTtl();

  AuthRateLimit authRateLimit();

  Jwks jwks();

  Audit audit();

  /** How mutating requests are written to the audit trail (the outbox). */
  interface Audit {
    /** Threads writing audit events to the database, off the event loop. */
    @WithDefault("2")
    int writers();

    /** Audit events waiting for a writer; beyond this, events are dropped and logged. */
    @WithDefault("10000")
    int maxPending();
  }

  /**
   * Token bucket per client address and route on rate-limited routes ({@code /api/auth/*}, password
   * change, account deletion, 2FA enable/disable).
   */
  interface AuthRateLimit {
    @WithDefault("30")
    long capacity();

    @WithDefault("30")
    long refillPerMinute();
  }

  /** How identity's signing keys are refreshed. */
  interface Jwks {
    /** Regular refresh period. */
    @WithDefault("10m")
    Duration refreshInterval();

    /** Minimum gap between two fetches triggered by an unknown key id. */
    @WithDefault("10s")
    Duration minRefetchInterval();
  }
}
