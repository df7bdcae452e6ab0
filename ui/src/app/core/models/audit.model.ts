export type AuditOutcome = 'success' | 'failure' | 'denied';

/** One audit-log entry, as the activity feed and the governance audit view show it. */
export interface AuditEntry {
  id: number;
  eventId: string;
  occurredAt: string;
  /** Producer, e.g. `/kythera/gateway`, `/kythera/identity`. */
  source: string | null;
  actorId: string | null;
  actorEmail: string | null;
  /** Dotted verb: `project.created`, `http.post`, … */
  action: string;
  projectId: string | null;
  outcome: AuditOutcome;
  requestId: string | null;
  /** Small JSON object (the gateway's `method`, `path`, `status` live here). */
  details: Record<string, unknown> | null;
}

/** A newest-first page; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Filters of `GET /api/projects/{id}/activity` (and of the governance audit). */
export interface AuditQuery {
  /** User id (UUID). */
  user?: string | null;
  /** Exact action, or a prefix ending in `*` (e.g. `project.*`). */
  action?: string | null;
  /** ISO-8601 instant, inclusive. */
  from?: string | null;
  /** ISO-8601 instant, exclusive. */
  to?: string | null;
  cursor?: string | null;
  /** 1..200 (server default 50). */
  limit?: number | null;
}

/** Extra filters of `GET /api/governance/audit`. */
export interface PlatformAuditQuery extends AuditQuery {
  project?: string | null;
  outcome?: AuditOutcome | null;
}
