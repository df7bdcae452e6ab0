package dev.kythera.identity.application.port.in;

import java.util.Map;

/** Inbound port (governance, super_admin only): platform statistics. */
public interface GetPlatformStatsUseCase {

  PlatformStats stats(Actor actor);

  /**
   * Counts for the governance dashboard.
   *
   * @param connections every project's connections, as introspection counts them; null when
   *     introspection did not answer
   * @param connectionsNote why {@code connections} is null; null when it is a count
   */
  record PlatformStats(
      Users users,
      long projects,
      long teams,
      Long connections,
      String connectionsNote,
      Map<String, Long> jobsByStatus) {}

  /** Account counts. */
  record Users(
      long total,
      long enabled,
      long disabled,
      long verified,
      long withMfa,
      Map<String, Long> byRole,
      Map<String, Long> byPlan) {}
}
