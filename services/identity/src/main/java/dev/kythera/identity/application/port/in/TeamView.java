package dev.kythera.identity.application.port.in;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kythera.identity.domain.team.TeamMember;
import dev.kythera.identity.domain.team.TeamMembership;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A team as one of its members sees it, with the member's own {@code role}; {@code members} is
 * filled only when one team is read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamView(
    UUID id,
    String name,
    String role,
    int memberCount,
    Instant createdAt,
    Instant updatedAt,
    List<TeamMemberView> members) {

  public static TeamView of(TeamMembership membership) {
    return new TeamView(
        membership.team().id().value(),
        membership.team().name(),
        membership.role().wireName(),
        membership.memberCount(),
        membership.team().createdAt(),
        membership.team().updatedAt(),
        null);
  }

  public TeamView withMembers(List<TeamMember> all) {
    return new TeamView(
        id,
        name,
        role,
        all.size(),
        createdAt,
        updatedAt,
        all.stream().map(TeamMemberView::of).toList());
  }

  /** One member of a team. */
  public record TeamMemberView(UUID userId, String email, String name, String role, Instant since) {
    public static TeamMemberView of(TeamMember member) {
      return new TeamMemberView(
          member.userId().value(),
          member.email(),
          member.name(),
          member.role().wireName(),
          member.since());
    }
  }
}
