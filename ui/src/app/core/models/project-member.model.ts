import { TeamRole } from './team.model';

/** Project permissions, lowest to highest. */
export const PROJECT_PERMISSIONS = ['read', 'write', 'admin', 'owner'] as const;
export type ProjectPermission = (typeof PROJECT_PERMISSIONS)[number];

/** Someone with access to a project. */
export interface ProjectMember {
  userId: string;
  email: string;
  name: string | null;
  /** The effective permission: max(direct grant, team-derived). */
  permission: ProjectPermission;
  /** The direct grant, null when the access comes from the project's team only. */
  direct: ProjectPermission | null;
  /** The member's role in the project's team, null when not a team member. */
  teamRole: TeamRole | null;
  since: string;
}

/** A pending invitation of an address without an account (visible to project admins). */
export interface ProjectInvitation {
  id: string;
  email: string;
  permission: ProjectPermission;
  invitedBy: string | null;
  createdAt: string;
}

/** `GET /api/projects/{id}/members`. */
export interface ProjectMembers {
  members: ProjectMember[];
  invitations: ProjectInvitation[];
}

/** `POST /api/projects/{id}/members` → 201. */
export interface InvitationOutcome {
  status: 'member' | 'invited';
  email: string;
  permission: ProjectPermission;
  userId: string | null;
  invitationId: string | null;
}

export const PERMISSION_HELP: Record<ProjectPermission, string> = {
  read: 'Sees the project, its members, configuration, activity and jobs.',
  write: 'Also runs jobs and changes data.',
  admin: 'Also manages members and the project configuration.',
  owner: 'Everything, including renaming, moving and deleting the project.',
};
