package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.identity.application.port.in.GetPlatformStatsUseCase;
import dev.kythera.identity.application.port.in.GovernUsersUseCase;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.ConnectionStatistics;
import dev.kythera.identity.application.port.out.PlatformStatistics;
import dev.kythera.identity.application.port.out.RefreshTokenRepository;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.paging.Cursor;
import dev.kythera.identity.domain.paging.Page;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/** Governance: account search, role/plan/enabled changes, platform statistics (super_admin). */
@ApplicationScoped
public class GovernanceService implements GovernUsersUseCase, GetPlatformStatsUseCase {
  static final int MAX_QUERY_LENGTH = 100;
  static final String CONNECTIONS_UNAVAILABLE =
      "Connection count unavailable: introspection did not answer; try again later";

  private final Governors governors;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final PlatformStatistics statistics;
  private final ConnectionStatistics connections;
  private final AuditTrail audit;
  private final Clock clock;

  public GovernanceService(
      Governors governors,
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      PlatformStatistics statistics,
      ConnectionStatistics connections,
      AuditTrail audit,
      Clock clock) {
    this.governors = governors;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.statistics = statistics;
    this.connections = connections;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Page<GovernedUser> search(Actor actor, String query, String cursor, int limit) {
    governors.require(actor);
    if (limit < 1 || limit > Page.MAX_LIMIT) {
      throw KytheraException.invalid("limit", "must be 1.." + Page.MAX_LIMIT);
    }
    String text = query == null ? "" : query.strip();
    if (text.length() > MAX_QUERY_LENGTH) {
      throw KytheraException.invalid("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
    }
    Page<User> page = users.search(text, Cursor.decode(cursor), limit);
    return new Page<>(page.items().stream().map(GovernedUser::of).toList(), page.nextCursor());
  }

  @Override
  public GovernedUser update(Actor actor, UserId userId, Role role, Plan plan, Boolean enabled) {
    User governor = governors.require(actor);
    if (role == null && plan == null && enabled == null) {
      throw KytheraException.invalid("role", "or plan or enabled is required");
    }
    User current = users.findById(userId).orElseThrow(() -> KytheraException.notFound("User"));
    if (current.id().equals(governor.id())
        && ((role != null && role != Role.SUPER_ADMIN) || Boolean.FALSE.equals(enabled))) {
      throw new KytheraException(
          ErrorCode.CONFLICT, "You cannot demote or disable yourself; ask another super_admin");
    }
    Instant now = clock.instant();
    User updated = current.governed(role, plan, enabled, now);
    users.update(updated);
    if (current.enabled() && !updated.enabled()) {
      refreshTokens.revokeAllOf(userId, now);
    }
    Map<String, Object> changes = new LinkedHashMap<>();
    if (current.role() != updated.role()) {
      changes.put(
          "role", Map.of("from", current.role().wireName(), "to", updated.role().wireName()));
    }
    if (current.plan() != updated.plan()) {
      changes.put(
          "plan", Map.of("from", current.plan().wireName(), "to", updated.plan().wireName()));
    }
    if (current.enabled() != updated.enabled()) {
      changes.put("enabled", Map.of("from", current.enabled(), "to", updated.enabled()));
    }
    audit.record(
        new AuditEntry(
            "governance.user_updated",
            governor.id().value(),
            null,
            Map.of("userId", userId.toString(), "changes", changes)));
    return GovernedUser.of(updated);
  }

  @Override
  public PlatformStats stats(Actor actor) {
    governors.require(actor);
    PlatformStatistics.Snapshot snapshot = statistics.snapshot();
    OptionalLong connectionCount = connections.totalConnections();
    Users accounts =
        new Users(
            snapshot.users(),
            snapshot.enabledUsers(),
            snapshot.users() - snapshot.enabledUsers(),
            snapshot.verifiedUsers(),
            snapshot.mfaUsers(),
            snapshot.usersByRole(),
            snapshot.usersByPlan());
    return new PlatformStats(
        accounts,
        snapshot.projects(),
        snapshot.teams(),
        connectionCount.isPresent() ? connectionCount.getAsLong() : null,
        connectionCount.isPresent() ? null : CONNECTIONS_UNAVAILABLE,
        snapshot.jobsByStatus());
  }
}
