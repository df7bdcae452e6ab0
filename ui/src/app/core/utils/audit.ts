import { AuditEntry } from '../models';

/** Sentences for the actions the platform records (docs: services/identity/README.md, Events). */
const ACTION_LABELS: Record<string, string> = {
  'user.registered': 'registered',
  'user.email_verified': 'verified their email',
  'user.password_reset': 'reset their password',
  'project.created': 'created the project',
  'project.updated': 'updated the project details',
  'project.deleted': 'deleted the project',
  'project.team_changed': 'moved the project to another team',
  'project.owner_transferred': 'transferred the project ownership',
  'project.member_added': 'added a member',
  'project.member_invited': 'invited someone by email',
  'project.invitation_claimed': 'accepted an invitation',
  'project.invitation_cancelled': 'cancelled an invitation',
  'project.member_permission_changed': 'changed a member’s permission',
  'project.member_removed': 'removed a member',
  'project.member_left': 'left the project',
  'project.config_updated': 'changed the project settings',
  'team.created': 'created a team',
  'team.renamed': 'renamed a team',
  'team.deleted': 'deleted a team',
  'team.member_added': 'added a team member',
  'team.member_role_changed': 'changed a team member’s role',
  'team.member_removed': 'removed a team member',
  'team.member_left': 'left a team',
  'account.profile_updated': 'updated their profile',
  'account.password_changed': 'changed their password',
  'account.session_revoked': 'signed out a session',
  'account.mfa_enabled': 'turned on two-factor authentication',
  'account.mfa_disabled': 'turned off two-factor authentication',
  'account.deleted': 'deleted their account',
  'governance.user_updated': 'changed an account (governance)',
};

/** Actions offered as filter suggestions (exact names and the `prefix.*` families). */
export const ACTION_SUGGESTIONS: readonly string[] = [
  'project.*',
  'team.*',
  'account.*',
  'http.*',
  ...Object.keys(ACTION_LABELS),
  'http.post',
  'http.put',
  'http.patch',
  'http.delete',
];

/** A readable sentence for an entry, e.g. "created the project" or "POST /api/projects/…/diagnostics/selftest". */
export function describeAction(entry: Pick<AuditEntry, 'action' | 'details'>): string {
  const known = ACTION_LABELS[entry.action];
  if (known) return known;
  if (entry.action.startsWith('http.')) {
    const details = entry.details ?? {};
    const method = String(details['method'] ?? entry.action.slice(5)).toUpperCase();
    const path = typeof details['path'] === 'string' ? details['path'] : null;
    const status = typeof details['status'] === 'number' ? ` → ${details['status']}` : '';
    return path ? `${method} ${path}${status}` : `${method} request${status}`;
  }
  return entry.action.replace(/[._]/g, ' ');
}

export type TimeRangePreset = 'any' | '1h' | '24h' | '7d' | '30d' | 'custom';

export const TIME_RANGE_OPTIONS: { value: TimeRangePreset; label: string }[] = [
  { value: 'any', label: 'Any time' },
  { value: '1h', label: 'Last hour' },
  { value: '24h', label: 'Last 24 hours' },
  { value: '7d', label: 'Last 7 days' },
  { value: '30d', label: 'Last 30 days' },
  { value: 'custom', label: 'Custom range' },
];

const PRESET_MS: Record<string, number> = {
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
};

/**
 * The `from`/`to` instants (ISO-8601, UTC) of a time-range choice. Custom values come from
 * `datetime-local` inputs (local time, no zone). Throws a readable Error for an empty or
 * reversed custom range.
 */
export function timeRange(
  preset: TimeRangePreset,
  custom: { from?: string | null; to?: string | null } = {},
  now = Date.now(),
): { from: string | null; to: string | null } {
  if (preset === 'any') return { from: null, to: null };
  if (preset !== 'custom')
    return { from: new Date(now - PRESET_MS[preset]).toISOString(), to: null };
  const from = localToIso(custom.from);
  const to = localToIso(custom.to);
  if (from && to && from >= to) throw new Error('The end of the range must be after its start.');
  return { from, to };
}

/** `2026-01-31T12:00` (local) → `2026-01-31T11:00:00.000Z`; empty or invalid → null. */
export function localToIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** "3 minutes ago", "yesterday", … for recent instants; the date for older ones. */
export function relativeTime(iso: string, now = Date.now()): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  const seconds = Math.round((then - now) / 1000);
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  if (abs < 30 * 86_400) return format.format(Math.round(seconds / 86_400), 'day');
  return new Date(then).toLocaleDateString('en', { dateStyle: 'medium' });
}
