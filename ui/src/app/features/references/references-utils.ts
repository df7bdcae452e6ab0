import {
  DetectedReference,
  InferredRelation,
  Reference,
  TableInsight,
  TableRole,
  VirtualRelation,
} from '../../core/models';
import { qualified } from '../schema/schema-utils';

/** `public.orders(customer_id) → public.customers(id)`: one relation, whoever describes it. */
export function relationKey(
  fromTable: string,
  fromColumns: readonly string[],
  toTable: string,
  toColumns: readonly string[],
): string {
  return `${fromTable}(${fromColumns.join(',')})→${toTable}(${toColumns.join(',')})`;
}

export function inferredKey(relation: InferredRelation): string {
  return relationKey(
    qualified(relation.fromTable),
    relation.fromColumns,
    qualified(relation.toTable),
    relation.toColumns,
  );
}

export function decidedKey(relation: VirtualRelation): string {
  return relationKey(
    relation.fromTable,
    relation.fromColumns,
    relation.toTable,
    relation.toColumns,
  );
}

/** Inferred relations nobody confirmed or rejected yet, most confident first. */
export function undecidedRelations(
  inferred: readonly InferredRelation[],
  decided: readonly VirtualRelation[],
): InferredRelation[] {
  const known = new Set(decided.map(decidedKey));
  return inferred
    .filter((r) => !known.has(inferredKey(r)))
    .sort((a, b) => b.confidence - a.confidence || inferredKey(a).localeCompare(inferredKey(b)));
}

/** Detected references that are not kept yet (same source and kind, or same name). */
export function unadoptedReferences(
  detected: readonly DetectedReference[],
  kept: readonly Reference[],
): DetectedReference[] {
  const sources = new Set(kept.map((r) => `${r.kind}|${r.source ?? ''}`));
  const names = new Set(kept.map((r) => r.name.toLowerCase()));
  return detected.filter(
    (d) => !sources.has(`${d.kind.toLowerCase()}|${d.source}`) && !names.has(d.name.toLowerCase()),
  );
}

/** The values textarea: one value per line, trimmed, blank lines dropped, duplicates once. */
export function parseValues(text: string): string[] {
  const seen = new Set<string>();
  const values: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const value = line.trim();
    if (!value || seen.has(value)) continue;
    seen.add(value);
    values.push(value);
  }
  return values;
}

/** Tables whose name, domain or reason contains every word of `query`, optionally of one role. */
export function filterInsights(
  tables: readonly TableInsight[],
  query: string,
  role: TableRole | null,
): TableInsight[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return tables.filter((t) => {
    if (role && t.role !== role) return false;
    const text = `${t.table} ${t.domain} ${t.roleReason}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** Count per role, in the order of TABLE_ROLES. */
export function roleCounts(tables: readonly TableInsight[]): Partial<Record<string, number>> {
  const counts: Partial<Record<string, number>> = {};
  for (const t of tables) counts[t.role] = (counts[t.role] ?? 0) + 1;
  return counts;
}

export const KIND_LABELS: Record<string, string> = {
  enum_type: 'enum type',
  check_list: 'check list',
  lookup_table: 'lookup table',
  manual: 'manual',
  ENUM_TYPE: 'enum type',
  CHECK_LIST: 'check list',
  LOOKUP_TABLE: 'lookup table',
};

export const KIND_CLASSES: Record<string, string> = {
  enum_type: 'border-info/30 bg-info-soft text-info',
  check_list: 'border-accent/30 text-accent',
  lookup_table: 'border-warning/40 bg-warning-soft text-warning',
  manual: 'border-border bg-surface-muted text-fg',
};

export const ROLE_CLASSES: Record<string, string> = {
  entity: 'border-primary/30 bg-primary-soft text-primary',
  lookup: 'border-warning/40 bg-warning-soft text-warning',
  junction: 'border-info/30 bg-info-soft text-info',
  log: 'border-border bg-surface-muted text-muted',
  configuration: 'border-accent/30 text-accent',
};

/** `87 %`. */
export function percent(value: number): string {
  return `${Math.round(value * 100)} %`;
}
