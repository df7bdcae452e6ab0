/** Filter operators of the data explorer (`filter=column:op:value`). */
export const FILTER_OPS = [
  'eq',
  'ne',
  'lt',
  'le',
  'gt',
  'ge',
  'like',
  'ilike',
  'null',
  'notnull',
  'in',
] as const;
export type FilterOp = (typeof FILTER_OPS)[number];

/** One condition of the grid; `in` takes `a|b|c`, `null`/`notnull` no value. */
export interface RowFilter {
  column: string;
  op: FilterOp;
  value: string;
}

export interface SortKey {
  column: string;
  descending: boolean;
}

/** A row as the explorer answers it: column name → JSON value, in column order. */
export type Row = Record<string, unknown>;

/** What page of rows to ask for. */
export interface BrowseQuery {
  /** 0-based. */
  page: number;
  size: number;
  sort: SortKey[];
  filters: RowFilter[];
}

/** A column as the explorer shows it; `category` is the canonical type family. */
export interface ExplorerColumn {
  name: string;
  dataType: string;
  category: string;
  nullable: boolean;
  primaryKey: boolean;
}

/** `GET …/data/{c}/tables/{t}/rows`. */
export interface ExplorerPage {
  /** `schema.name` */
  table: string;
  columns: ExplorerColumn[];
  primaryKey: string[];
  rows: Row[];
  page: number;
  size: number;
  hasMore: boolean;
  /** -1 = unknown. */
  rowEstimate: number;
  /** Exact count, only when asked for. */
  total?: number;
}

/** The row one foreign key of the row points at (null when the key is null or nothing matches). */
export interface ExplorerParent {
  foreignKey: string;
  table: string;
  /** This row's foreign-key columns. */
  columns: string[];
  /** The parent's columns they point at. */
  referencedColumns?: string[];
  row: Row | null;
}

/** The first rows of `table` whose foreign key `columns` point at the row. */
export interface ExplorerChildren {
  foreignKey: string;
  table: string;
  /** The child table's foreign-key columns. */
  columns: string[];
  /** This row's columns they point at. */
  referencedColumns?: string[];
  rows: Row[];
  hasMore: boolean;
}

/** `GET …/related?key=`: a row with its parents and first children. */
export interface ExplorerRelated {
  table: string;
  key: Row;
  row: Row;
  parents: ExplorerParent[];
  children: ExplorerChildren[];
}
