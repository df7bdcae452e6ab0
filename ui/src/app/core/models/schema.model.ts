import { Engine } from './connection.model';

/** `{schema, name}` of a table, type or sequence. */
export interface QualifiedName {
  schema: string;
  name: string;
}

/** One captured schema of a connection (`GET …/schema/snapshots?connectionId=`), newest first. */
export interface SnapshotSummary {
  id: string;
  connectionId: string;
  capturedAt: string;
  engine: Engine;
  serverVersion: string;
  database: string;
  tableCount: number;
  viewCount: number;
  columnCount: number;
  foreignKeyCount: number;
  durationMs: number;
}

/** `POST …/schema/snapshots` body. */
export interface CaptureSnapshotRequest {
  connectionId: string;
  schemas?: string[];
}

/** `result` of a finished introspection job. */
export interface CaptureSnapshotResult {
  snapshotId: string;
  tableCount: number;
  durationMs: number;
}

export type TableKind = 'TABLE' | 'VIEW' | 'MATERIALIZED_VIEW';
export type IdentityKind = 'NONE' | 'ALWAYS' | 'BY_DEFAULT' | 'AUTO_INCREMENT';

export interface SchemaColumn {
  name: string;
  position: number;
  dataType: string;
  category: string;
  length: number | null;
  precision: number | null;
  scale: number | null;
  nullable: boolean;
  defaultValue: string | null;
  identity: IdentityKind;
  /** The generation expression of a generated column. */
  generated: string | null;
  enumValues: string[];
  comment: string | null;
}

export interface SchemaForeignKey {
  name: string;
  columns: string[];
  referencedTable: QualifiedName;
  referencedColumns: string[];
  onDelete: string | null;
  onUpdate: string | null;
  deferrable: boolean;
  initiallyDeferred: boolean;
}

export interface SchemaIndex {
  name: string;
  columns: string[];
  unique: boolean;
  primary: boolean;
  predicate: string | null;
  method: string | null;
  sizeBytes: number;
  scans: number;
}

export interface SchemaTable {
  name: QualifiedName;
  kind: TableKind;
  columns: SchemaColumn[];
  primaryKey: { name: string | null; columns: string[] } | null;
  foreignKeys: SchemaForeignKey[];
  uniqueConstraints: { name: string; columns: string[] }[];
  checks: { name: string; expression: string }[];
  indexes: SchemaIndex[];
  comment: string | null;
  /** -1 = unknown. */
  rowEstimate: number;
  /** -1 = unknown. */
  sizeBytes: number;
  viewDefinition: string | null;
  statistics: {
    sequentialScans: number;
    indexScans: number;
    inserts: number;
    updates: number;
  } | null;
}

export interface SchemaModel {
  engine: Engine;
  serverVersion: string;
  database: string;
  schemas: string[];
  tables: SchemaTable[];
  enums: { name: QualifiedName; values: string[] }[];
  sequences: {
    name: QualifiedName;
    dataType: string;
    lastValue: number | null;
    maxValue: number | null;
    increment: number;
    ownedBy: string | null;
  }[];
}

/** `GET …/schema/snapshots/{s}`. */
export interface SnapshotDetail {
  summary: SnapshotSummary;
  model: SchemaModel;
}

export const DIFF_CHANGE_KINDS = ['added', 'removed', 'changed'] as const;
export type DiffChangeKind = (typeof DIFF_CHANGE_KINDS)[number];

export type DiffObjectType =
  'table' | 'view' | 'column' | 'primaryKey' | 'foreignKey' | 'index' | 'unique' | 'check' | 'enum';

export interface SchemaChange {
  objectType: DiffObjectType;
  change: DiffChangeKind;
  /** `schema.name`, null for database-level objects (enums). */
  table: string | null;
  name: string;
  before: string | null;
  after: string | null;
}

/** `GET …/schema/diff?from=&to=`. */
export interface SchemaDiff {
  from: SnapshotSummary;
  to: SnapshotSummary;
  summary: Record<DiffChangeKind, number>;
  changes: SchemaChange[];
}

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface HealthFinding {
  code: string;
  severity: Severity;
  title: string;
  detail: string;
  /** `public.orders`, `public.orders.customer_id`, `public.orders_open_idx`, … */
  location: string | null;
}

/** `GET …/schema/health?snapshotId=`. */
export interface HealthReport {
  snapshotId: string;
  counts: Record<Severity, number>;
  findings: HealthFinding[];
}

export interface GraphNode {
  /** `schema.table` */
  id: string;
  schema: string;
  name: string;
  columnCount: number;
  rowEstimate: number;
  community: number;
}

export interface GraphEdge {
  id: string;
  /** The referencing (child) table. */
  source: string;
  /** The referenced (parent) table. */
  target: string;
  name: string;
  columns: string[];
  nullable: boolean;
  selfReference: boolean;
  deferred: boolean;
}

/** `GET …/graph?snapshotId=`: the foreign-key graph of a snapshot. */
export interface SchemaGraph {
  snapshotId: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  cycles: string[][];
  /** Parents before children (insert order). */
  topologicalOrder: string[];
  buildMillis: number;
}
