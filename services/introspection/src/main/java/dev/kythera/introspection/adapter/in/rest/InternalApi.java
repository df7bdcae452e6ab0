package dev.kythera.introspection.adapter.in.rest;

import java.util.Set;

/** What the internal endpoints share: the services allowed to call them. */
final class InternalApi {
  /** Services that reach target databases and so may read descriptors and snapshots. */
  static final Set<String> CALLERS = Set.of("generation", "patch", "compliance");

  /**
   * Services that may read platform counts ({@code /internal/stats}): identity, for governance.
   * Kept apart from {@link #CALLERS} so identity never gets connection secrets.
   */
  static final Set<String> STATS_CALLERS = Set.of("identity");

  private InternalApi() {}
}
