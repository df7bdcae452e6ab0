import { HealthFinding, SEVERITIES, Severity } from '../../core/models';

export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  /** One finding code, or null for all. */
  code: string | null;
  /** Words that must all appear in the title, detail, location or code. */
  query: string;
}

export function filterFindings(
  findings: readonly HealthFinding[],
  filter: FindingFilter,
): HealthFinding[] {
  const words = filter.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return findings.filter((f) => {
    if (!filter.severities.has(f.severity)) return false;
    if (filter.code && f.code !== filter.code) return false;
    if (!words.length) return true;
    const text = `${f.title}\n${f.detail}\n${f.location ?? ''}\n${f.code}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

export interface SeverityGroup {
  severity: Severity;
  findings: HealthFinding[];
}

/** error, warning, info (in that order), each with its findings sorted by location. */
export function groupBySeverity(findings: readonly HealthFinding[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => ({
    severity,
    findings: findings
      .filter((f) => f.severity === severity)
      .sort(
        (a, b) =>
          (a.location ?? '').localeCompare(b.location ?? '') || a.code.localeCompare(b.code),
      ),
  }));
}

/** Distinct codes with their number of findings, most frequent first. */
export function codeCounts(findings: readonly HealthFinding[]): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts.entries()]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export const SEVERITY_LABELS: Record<Severity, { one: string; many: string }> = {
  error: { one: 'Error', many: 'Errors' },
  warning: { one: 'Warning', many: 'Warnings' },
  info: { one: 'Info', many: 'Info' },
};

export const SEVERITY_CLASSES: Record<Severity, string> = {
  error: 'bg-danger-soft text-danger border-danger/30',
  warning: 'bg-warning-soft text-warning border-warning/30',
  info: 'bg-info-soft text-info border-info/30',
};
