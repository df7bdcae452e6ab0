package dev.kythera.identity.application.port.out;

import java.util.Map;

/** Outbound port: counts over identity's tables for the governance dashboard. */
public interface PlatformStatistics {

  /** Counts in one consistent read. */
  Snapshot snapshot();

  /**
   * @param usersByRole wire role name → count
   * @param usersByPlan wire plan name → count
   * @param jobsByStatus job status → count, from the job projection
   */
  record Snapshot(
      long users,
      long enabledUsers,
      long verifiedUsers,
      long mfaUsers,
      Map<String, Long> usersByRole,
      Map<String, Long> usersByPlan,
      long projects,
      long teams,
      Map<String, Long> jobsByStatus) {}
}
