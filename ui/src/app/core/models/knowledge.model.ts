import { QualifiedName } from './schema.model';

/** A note on a table (`schema.table`) or column (`schema.table.column`). */
export interface Annotation {
  id: string;
  projectId: string;
  connectionId: string;
  target: string;
  body: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export const REFERENCE_KINDS = ['enum_type', 'check_list', 'lookup_table', 'manual'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** A reference definition kept for a connection (`GET …/references?connectionId=`). */
export interface Reference {
  id: string;
  connectionId: string;
  name: string;
  kind: ReferenceKind;
  /** Where it was found, null for manual ones. */
  source: string | null;
  values: string[];
  createdAt: string;
  updatedAt: string;
}

/** `POST …/references` and `PUT …/references/{id}` body. */
export interface ReferenceRequest {
  connectionId?: string;
  name: string;
  kind?: ReferenceKind;
  source?: string | null;
  values: string[];
}

export type RelationStatus = 'CONFIRMED' | 'REJECTED';

/** A decision on a relation the schema does not declare (`GET …/relations?connectionId=`). */
export interface VirtualRelation {
  id: string;
  connectionId: string;
  /** `schema.name` */
  fromTable: string;
  fromColumns: string[];
  toTable: string;
  toColumns: string[];
  status: RelationStatus;
  createdAt: string;
}

/** `PUT …/relations` body. */
export interface RelationDecision {
  connectionId: string;
  fromTable: string;
  fromColumns: string[];
  toTable: string;
  toColumns: string[];
  status: 'confirmed' | 'rejected';
}

export const TABLE_ROLES = ['entity', 'lookup', 'junction', 'log', 'configuration'] as const;
export type TableRole = (typeof TABLE_ROLES)[number];

export interface TableInsight {
  /** `schema.name` */
  table: string;
  role: TableRole;
  roleReason: string;
  domain: string;
  /** 0 to 1. */
  domainConfidence: number;
}

export type DetectedReferenceKind = 'ENUM_TYPE' | 'CHECK_LIST' | 'LOOKUP_TABLE';

/** A reference the heuristics found in the schema (lookup tables have no values). */
export interface DetectedReference {
  name: string;
  kind: DetectedReferenceKind;
  source: string;
  values: string[];
}

/** A relation the names suggest but no foreign key declares. */
export interface InferredRelation {
  fromTable: QualifiedName;
  fromColumns: string[];
  toTable: QualifiedName;
  toColumns: string[];
  /** 0 to 1. */
  confidence: number;
  reason: string;
}

/** `GET …/schema/insights?snapshotId=`. */
export interface SchemaInsights {
  snapshotId: string;
  tables: TableInsight[];
  references: DetectedReference[];
  inferredRelations: InferredRelation[];
}
