import {
  PLANS,
  PROJECT_PERMISSIONS,
  PlanId,
  Project,
  ProjectPermission,
  ROLES,
  Role,
  TEAM_ROLES,
  TeamRole,
} from '../models';

/** Rank of a role in the hierarchy viewer < qa < dev < admin < super_admin (-1 if unknown). */
export function roleRank(role: string | null | undefined): number {
  return ROLES.indexOf(role as Role);
}

/**
 * True when `role` meets `minimum`. super_admin passes every role check (the reference's
 * `require_role`), project routes exclude it separately (see notSuperAdminGuard).
 */
export function hasRole(role: string | null | undefined, minimum: Role): boolean {
  if (role === 'super_admin') return true;
  const rank = roleRank(role);
  return rank >= 0 && rank >= roleRank(minimum);
}

/** True when `plan` meets `minimum` (starter < pro < enterprise). */
export function hasPlan(plan: string | null | undefined, minimum: PlanId): boolean {
  const rank = PLANS.indexOf(plan as PlanId);
  return rank >= 0 && rank >= PLANS.indexOf(minimum);
}

export const ROLE_LABELS: Record<Role, string> = {
  viewer: 'Viewer',
  qa: 'QA',
  dev: 'Developer',
  admin: 'Admin',
  super_admin: 'Super admin',
};

/** Rank of a project permission read < write < admin < owner (-1 if unknown). */
export function permissionRank(permission: string | null | undefined): number {
  return PROJECT_PERMISSIONS.indexOf(String(permission ?? '').toLowerCase() as ProjectPermission);
}

/** True when `permission` meets `minimum`. */
export function hasPermission(
  permission: string | null | undefined,
  minimum: ProjectPermission,
): boolean {
  const rank = permissionRank(permission);
  return rank >= 0 && rank >= permissionRank(minimum);
}

/**
 * The caller's effective permission on a project: the server's `permission` (lower-cased), else
 * `owner` for the primary owner, else null (unknown).
 */
export function projectPermissionOf(
  project: Pick<Project, 'permission' | 'ownerId'> | null | undefined,
  userId: string | null | undefined,
): ProjectPermission | null {
  if (!project) return null;
  const wire = String(project.permission ?? '').toLowerCase();
  if (permissionRank(wire) >= 0) return wire as ProjectPermission;
  return userId && project.ownerId === userId ? 'owner' : null;
}

/** True when `role` meets `minimum` in a team (viewer < qa < dev < admin). */
export function hasTeamRole(role: string | null | undefined, minimum: TeamRole): boolean {
  const rank = TEAM_ROLES.indexOf(role as TeamRole);
  return rank >= 0 && rank >= TEAM_ROLES.indexOf(minimum);
}

export const PERMISSION_LABELS: Record<ProjectPermission, string> = {
  read: 'Read',
  write: 'Write',
  admin: 'Admin',
  owner: 'Owner',
};

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  viewer: 'Viewer',
  qa: 'QA',
  dev: 'Developer',
  admin: 'Admin',
};

export const PLAN_LABELS: Record<PlanId, string> = {
  starter: 'Starter',
  pro: 'Pro',
  enterprise: 'Enterprise',
};
