package dev.kythera.kernel.plan;

/** A quantity every plan bounds. The wire name is what {@code GET /api/plans} shows. */
public enum PlanLimit {
  PROJECTS_PER_USER("projectsPerUser", "projects you own"),
  CONNECTIONS_PER_PROJECT("connectionsPerProject", "connections per project"),
  MEMBERS_PER_TEAM("membersPerTeam", "members per team"),
  ROWS_PER_SEED_JOB("rowsPerSeedJob", "rows per seed job"),
  SCHEDULED_SCANS("scheduledScans", "scheduled scans");

  private final String wireName;
  private final String label;

  PlanLimit(String wireName, String label) {
    this.wireName = wireName;
    this.label = label;
  }

  public String wireName() {
    return wireName;
  }

  /** Human wording used in problem details ("3 projects you own"). */
  public String label() {
    return label;
  }
}
