import { DIFF_CHANGE_KINDS, DiffChangeKind, DiffObjectType, SchemaChange } from '../../core/models';

export interface ChangeGroup {
  /** `schema.name`, null for database-level objects (enums). */
  table: string | null;
  changes: SchemaChange[];
  counts: Record<DiffChangeKind, number>;
  /** The change of the table itself (added / removed), if any. */
  tableChange: DiffChangeKind | null;
}

const TYPE_ORDER: DiffObjectType[] = [
  'table',
  'view',
  'column',
  'primaryKey',
  'foreignKey',
  'unique',
  'check',
  'index',
  'enum',
];

export const OBJECT_TYPE_LABELS: Record<DiffObjectType, string> = {
  table: 'table',
  view: 'view',
  column: 'column',
  primaryKey: 'primary key',
  foreignKey: 'foreign key',
  index: 'index',
  unique: 'unique constraint',
  check: 'check',
  enum: 'enum type',
};

export const CHANGE_LABELS: Record<
  DiffChangeKind,
  { label: string; symbol: string; classes: string }
> = {
  added: { label: 'Added', symbol: '+', classes: 'bg-success-soft text-success border-success/30' },
  removed: {
    label: 'Removed',
    symbol: '−',
    classes: 'bg-danger-soft text-danger border-danger/30',
  },
  changed: {
    label: 'Changed',
    symbol: '~',
    classes: 'bg-warning-soft text-warning border-warning/30',
  },
};

export interface ChangeFilter {
  kinds: ReadonlySet<DiffChangeKind>;
  objectType: DiffObjectType | null;
  query: string;
}

export function filterChanges(
  changes: readonly SchemaChange[],
  filter: ChangeFilter,
): SchemaChange[] {
  const words = filter.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return changes.filter((c) => {
    if (!filter.kinds.has(c.change)) return false;
    if (filter.objectType && c.objectType !== filter.objectType) return false;
    if (!words.length) return true;
    const text = `${c.table ?? ''}\n${c.name}\n${c.before ?? ''}\n${c.after ?? ''}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/**
 * Changes grouped by table: database-level objects first, then tables by name; inside a group the
 * table's own change first, then columns, keys, constraints and indexes, each by name.
 */
export function groupChanges(changes: readonly SchemaChange[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const key = change.table ?? '';
    let group = groups.get(key);
    if (!group) {
      group = {
        table: change.table,
        changes: [],
        counts: { added: 0, removed: 0, changed: 0 },
        tableChange: null,
      };
      groups.set(key, group);
    }
    group.changes.push(change);
    group.counts[change.change]++;
    if (change.objectType === 'table' || change.objectType === 'view')
      group.tableChange = change.change;
  }
  const rank = (t: DiffObjectType) => {
    const i = TYPE_ORDER.indexOf(t);
    return i < 0 ? TYPE_ORDER.length : i;
  };
  for (const group of groups.values())
    group.changes.sort(
      (a, b) => rank(a.objectType) - rank(b.objectType) || a.name.localeCompare(b.name),
    );
  return [...groups.values()].sort((a, b) =>
    a.table === null ? -1 : b.table === null ? 1 : a.table.localeCompare(b.table),
  );
}

export const ALL_CHANGE_KINDS: ReadonlySet<DiffChangeKind> = new Set(DIFF_CHANGE_KINDS);
