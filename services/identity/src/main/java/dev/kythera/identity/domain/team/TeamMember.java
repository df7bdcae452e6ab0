package dev.kythera.identity.domain.team;

import dev.kythera.kernel.id.UserId;
import java.time.Instant;

/** One member of a team as the team's members see it. */
public record TeamMember(UserId userId, String email, String name, TeamRole role, Instant since) {}
