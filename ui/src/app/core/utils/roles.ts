import { PLANS, PlanId, ROLES, Role } from '../models';

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
