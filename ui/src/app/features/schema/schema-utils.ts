import {
  QualifiedName,
  SchemaColumn,
  SchemaForeignKey,
  SchemaModel,
  SchemaTable,
} from '../../core/models';

/** `schema.name`. */
export function qualified(name: QualifiedName): string {
  return `${name.schema}.${name.name}`;
}

/** A table prepared for fast filtering (lower-case keys computed once per snapshot). */
export interface TableEntry {
  id: string;
  table: SchemaTable;
  key: string;
  columnKey: string;
}

export function tableEntries(model: SchemaModel): TableEntry[] {
  return model.tables
    .map((table) => {
      const id = qualified(table.name);
      return {
        id,
        table,
        key: id.toLowerCase(),
        columnKey: table.columns.map((c) => c.name.toLowerCase()).join('\n'),
      };
    })
    .sort((a, b) =>
      a.table.name.schema === b.table.name.schema
        ? a.table.name.name.localeCompare(b.table.name.name)
        : a.table.name.schema.localeCompare(b.table.name.schema),
    );
}

export type KindFilter = 'all' | 'tables' | 'views';

/**
 * Entries whose qualified name (or, with `columns`, one of whose column names) contains every
 * word of `query`, case-insensitive. Names that start with the query come first.
 */
export function filterTables(
  entries: readonly TableEntry[],
  query: string,
  { columns = false, kind = 'all' as KindFilter, schema = null as string | null } = {},
): TableEntry[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const result = entries.filter((e) => {
    if (schema && e.table.name.schema !== schema) return false;
    if (kind === 'tables' && e.table.kind !== 'TABLE') return false;
    if (kind === 'views' && e.table.kind === 'TABLE') return false;
    return words.every((w) => e.key.includes(w) || (columns && e.columnKey.includes(w)));
  });
  if (words.length !== 1) return result;
  const word = words[0];
  const starts = (e: TableEntry) =>
    e.table.name.name.toLowerCase().startsWith(word) || e.key.startsWith(word);
  return [...result.filter(starts), ...result.filter((e) => !starts(e))];
}

export interface TableGroup {
  schema: string;
  entries: TableEntry[];
}

/** Consecutive entries of the same schema as one group (keeps the order). */
export function groupBySchema(entries: readonly TableEntry[]): TableGroup[] {
  const groups: TableGroup[] = [];
  const bySchema = new Map<string, TableGroup>();
  for (const entry of entries) {
    const schema = entry.table.name.schema;
    let group = bySchema.get(schema);
    if (!group) {
      group = { schema, entries: [] };
      bySchema.set(schema, group);
      groups.push(group);
    }
    group.entries.push(entry);
  }
  return groups;
}

export interface IncomingReference {
  /** The referencing table, `schema.name`. */
  table: string;
  foreignKey: SchemaForeignKey;
}

/** "Referenced by": for each table, the foreign keys of other tables that point at it. */
export function referencedBy(model: SchemaModel): Map<string, IncomingReference[]> {
  const result = new Map<string, IncomingReference[]>();
  for (const table of model.tables) {
    const from = qualified(table.name);
    for (const foreignKey of table.foreignKeys) {
      const to = qualified(foreignKey.referencedTable);
      const list = result.get(to) ?? [];
      list.push({ table: from, foreignKey });
      result.set(to, list);
    }
  }
  for (const list of result.values())
    list.sort(
      (a, b) =>
        a.table.localeCompare(b.table) || a.foreignKey.name.localeCompare(b.foreignKey.name),
    );
  return result;
}

/**
 * The table a health finding or diff location points at: `public.orders`,
 * `public.orders.customer_id` (a column) or `public.orders_open_idx` (an index, resolved to its
 * table). Null when nothing in the model matches.
 */
export function tableOfLocation(location: string | null, model: SchemaModel | null): string | null {
  if (!location || !model) return null;
  const names = new Set(model.tables.map((t) => qualified(t.name)));
  const parts = location.split('.');
  for (let n = parts.length; n >= 2; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (names.has(candidate)) return candidate;
  }
  if (parts.length >= 2) {
    const schema = parts[0];
    const object = parts.slice(1).join('.');
    for (const table of model.tables) {
      if (table.name.schema !== schema) continue;
      const owns =
        table.indexes.some((i) => i.name === object) ||
        table.foreignKeys.some((f) => f.name === object) ||
        table.uniqueConstraints.some((u) => u.name === object) ||
        table.checks.some((c) => c.name === object) ||
        table.primaryKey?.name === object;
      if (owns) return qualified(table.name);
    }
  }
  return null;
}

/** `varchar(120)`, `numeric(12,2)`, or the type as captured. */
export function columnType(column: SchemaColumn): string {
  const type = column.dataType;
  if (/\(/.test(type)) return type;
  if (column.length != null && column.length > 0) return `${type}(${column.length})`;
  if (column.precision != null && column.precision > 0 && /numeric|decimal/i.test(type))
    return column.scale
      ? `${type}(${column.precision},${column.scale})`
      : `${type}(${column.precision})`;
  return type;
}

export const IDENTITY_LABELS: Record<string, string> = {
  ALWAYS: 'identity (always)',
  BY_DEFAULT: 'identity (by default)',
  AUTO_INCREMENT: 'auto increment',
};

/** `12.3 MB`; "unknown" for -1 / null. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null || bytes < 0) return 'unknown';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** `~1.2M rows`-style estimate; "unknown" for -1. */
export function formatRows(rows: number | null | undefined): string {
  if (rows == null || rows < 0) return 'unknown';
  if (rows < 1000) return String(rows);
  if (rows < 1_000_000) return `${(rows / 1000).toFixed(rows < 10_000 ? 1 : 0)}k`;
  if (rows < 1_000_000_000) return `${(rows / 1_000_000).toFixed(rows < 10_000_000 ? 1 : 0)}M`;
  return `${(rows / 1_000_000_000).toFixed(1)}G`;
}

export const KIND_LABELS: Record<string, string> = {
  TABLE: 'table',
  VIEW: 'view',
  MATERIALIZED_VIEW: 'materialized view',
};
