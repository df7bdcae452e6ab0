/** Platform roles, lowest to highest. super_admin passes every role check but is refused on project routes. */
export const ROLES = ['viewer', 'qa', 'dev', 'admin', 'super_admin'] as const;
export type Role = (typeof ROLES)[number];

/** Subscription plans, lowest to highest. */
export const PLANS = ['starter', 'pro', 'enterprise'] as const;
export type PlanId = (typeof PLANS)[number];

/** The signed-in user as returned by `GET /api/auth/me` and inside token responses. */
export interface User {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  plan: PlanId;
}
