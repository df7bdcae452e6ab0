import { PlanId } from './user.model';

/** A plan limit value: a number, or null for "unlimited". */
export type PlanLimit = number | null;

/** The limits of a plan, as `GET /api/plans` names them. */
export interface PlanLimits {
  projectsPerUser: PlanLimit;
  connectionsPerProject: PlanLimit;
  membersPerTeam: PlanLimit;
  rowsPerSeedJob: PlanLimit;
  scheduledScans: PlanLimit;
}

/** One entry of `GET /api/plans` (public): id (wire name), display name, rank (0 = cheapest). */
export interface Plan {
  id: PlanId;
  name: string;
  rank: number;
  limits: PlanLimits;
}
