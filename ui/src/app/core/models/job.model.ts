/** Job lifecycle: pending → running → done | error | cancelled. */
export const JOB_STATUSES = ['pending', 'running', 'done', 'error', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Statuses after which a job never changes again (the SSE stream ends on them). */
export const TERMINAL_JOB_STATUSES: readonly JobStatus[] = ['done', 'error', 'cancelled'];

export function isTerminal(status: JobStatus): boolean {
  return TERMINAL_JOB_STATUSES.includes(status);
}

/** A long-running operation with progress, cancellation and a clear final state. */
export interface Job {
  id: string;
  projectId: string;
  userId: string;
  /** Owning service, e.g. "identity", "generation". */
  service: string;
  /** Machine type, e.g. "diagnostics.selftest". */
  type: string;
  /** Human-readable description. */
  label: string;
  status: JobStatus;
  /** 0.0 to 1.0. */
  progress: number;
  /** Current step description. */
  message: string | null;
  result: unknown;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
}

export interface JobListQuery {
  status?: JobStatus;
  limit?: number;
}

/** `POST /api/projects/{id}/diagnostics/selftest` body. */
export interface SelfTestRequest {
  /** 1..1000 */
  steps?: number;
  /** 0..10000 */
  stepMillis?: number;
}

export const SELFTEST_LIMITS = {
  steps: { min: 1, max: 1000, default: 20 },
  stepMillis: { min: 0, max: 10000, default: 250 },
} as const;
