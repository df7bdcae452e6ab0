package dev.kythera.identity.domain.team;

/** A team as one of its members sees it: the team, that member's role and the team's size. */
public record TeamMembership(Team team, TeamRole role, int memberCount) {}
