package dev.kythera.identity.application.port.in;

import java.util.Map;

/** Inbound port (governance, super_admin only): platform statistics. */
public interface GetPlatformStatsUseCase {

  PlatformStats stats(Actor actor);

  /**
   * Counts for the governance dashboard.
   *
   * @param connections always 0 until introspection reports connection counts (see README)
   */
  record PlatformStats(
      Users users,
      long projects,
      long teams,
      long connections,
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
