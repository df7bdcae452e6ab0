import { PlanId } from './user.model';

/** A plan limit value: a number, or null for "unlimited". */
export type PlanLimit = number | null;

/** One entry of the plan catalogue shown on /pricing. */
export interface PlanDefinition {
  id: PlanId;
  name: string;
  tagline: string;
  /** Monthly price in whole currency units, or null for "talk to us". */
  monthlyPrice: number | null;
  currency: string;
  limits: {
    projects: PlanLimit;
    connectionsPerProject: PlanLimit;
    teamMembers: PlanLimit;
    seedRowsPerJob: PlanLimit;
  };
  features: string[];
  highlighted?: boolean;
}
