/** Team roles, lowest to highest (the platform role names without super_admin). */
export const TEAM_ROLES = ['viewer', 'qa', 'dev', 'admin'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** One member of a team (`GET /api/teams/{id}/members`). */
export interface TeamMember {
  userId: string;
  email: string;
  name: string | null;
  role: TeamRole;
  since: string;
}

/** A team as the caller sees it, with the caller's own `role`; `members` only on `GET /api/teams/{id}`. */
export interface Team {
  id: string;
  name: string;
  role: TeamRole;
  memberCount: number;
  createdAt: string;
  updatedAt: string;
  members?: TeamMember[];
}

export const TEAM_NAME_MAX_LENGTH = 100;

/** What each team role may do, for the role pickers (docs/access-model.md). */
export const TEAM_ROLE_HELP: Record<TeamRole, string> = {
  viewer: 'Reads the team’s projects.',
  qa: 'Reads and writes the team’s projects.',
  dev: 'Writes the team’s projects and creates projects in the team.',
  admin: 'Manages the team and its members; admin on the team’s projects.',
};
