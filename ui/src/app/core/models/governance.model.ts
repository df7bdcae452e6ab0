import { PlanId, Role } from './user.model';

/** An account as governance sees it. */
export interface GovernedUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  plan: PlanId;
  enabled: boolean;
  emailVerified: boolean;
  createdAt: string;
  updatedAt: string;
}

/** `PATCH /api/governance/users/{id}`: absent fields stay as they are. */
export interface GovernUserPatch {
  role?: Role;
  plan?: PlanId;
  enabled?: boolean;
}

/** `GET /api/governance/stats`. */
export interface PlatformStats {
  users: {
    total: number;
    enabled: number;
    disabled: number;
    verified: number;
    withMfa: number;
    byRole: Record<string, number>;
    byPlan: Record<string, number>;
  };
  projects: number;
  teams: number;
  /** null when introspection did not answer (see connectionsNote). */
  connections: number | null;
  connectionsNote: string | null;
  jobsByStatus: Record<string, number>;
}
