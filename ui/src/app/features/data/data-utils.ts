import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import {
  ExplorerColumn,
  FILTER_OPS,
  FilterOp,
  Row,
  RowFilter,
  SchemaColumn,
  SchemaForeignKey,
  SchemaModel,
  SchemaTable,
  SortKey,
} from '../../core/models';
import { formatFilter } from '../../core/services/data.service';
import { qualified } from '../schema/schema-utils';

/** Rows per page of the grid. */
export const PAGE_SIZE = 50;

export const FILTER_OP_LABELS: Record<FilterOp, string> = {
  eq: '= equals',
  ne: '≠ differs from',
  lt: '< less than',
  le: '≤ at most',
  gt: '> greater than',
  ge: '≥ at least',
  like: 'like (% and _ wildcards)',
  ilike: 'ilike (like, any case)',
  null: 'is null',
  notnull: 'is not null',
  in: 'in (a|b|c)',
};

/** Short form for the filter chips. */
export const FILTER_OP_SYMBOLS: Record<FilterOp, string> = {
  eq: '=',
  ne: '≠',
  lt: '<',
  le: '≤',
  gt: '>',
  ge: '≥',
  like: 'like',
  ilike: 'ilike',
  null: 'is null',
  notnull: 'is not null',
  in: 'in',
};

export function opTakesValue(op: FilterOp): boolean {
  return op !== 'null' && op !== 'notnull';
}

// ---------------------------------------------------------------- sort and filters in the URL

/** `col,-other` → sort keys (blank parts are skipped). */
export function parseSort(text: string | null | undefined): SortKey[] {
  if (!text) return [];
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part && part !== '-')
    .map((part) =>
      part.startsWith('-')
        ? { column: part.slice(1), descending: true }
        : { column: part, descending: false },
    );
}

/**
 * A click on a column header: a plain click sorts by that column alone (flipping the direction
 * when it already is the only key); with `additive` (shift-click) the column is added as the last
 * key, or its direction flips where it stands.
 */
export function toggleSort(keys: readonly SortKey[], column: string, additive: boolean): SortKey[] {
  const index = keys.findIndex((k) => k.column === column);
  if (additive) {
    if (index < 0) return [...keys, { column, descending: false }];
    return keys.map((k, i) => (i === index ? { column, descending: !k.descending } : k));
  }
  if (keys.length === 1 && index === 0) return [{ column, descending: !keys[0].descending }];
  return [{ column, descending: false }];
}

/** `column:op:value` → a filter; null when it does not look like one. */
export function parseFilter(text: string): RowFilter | null {
  const first = text.indexOf(':');
  if (first <= 0) return null;
  const second = text.indexOf(':', first + 1);
  const op = (second < 0 ? text.slice(first + 1) : text.slice(first + 1, second)) as FilterOp;
  if (!FILTER_OPS.includes(op)) return null;
  const value = second < 0 ? '' : text.slice(second + 1);
  if (opTakesValue(op) && second < 0) return null;
  return { column: text.slice(0, first), op, value };
}

/** The `filter` query parameter (one or repeated) → filters; malformed ones are dropped. */
export function filtersFromParam(
  param: string | readonly string[] | null | undefined,
): RowFilter[] {
  if (param == null) return [];
  const list = typeof param === 'string' ? [param] : param;
  return list.map(parseFilter).filter((f): f is RowFilter => f !== null);
}

export function filtersToParam(filters: readonly RowFilter[]): string[] | null {
  return filters.length ? filters.map(formatFilter) : null;
}

/** The 0-based page from the `page` query parameter. */
export function pageFromParam(param: string | number | null | undefined): number {
  const page = Number(param ?? 0);
  return Number.isInteger(page) && page > 0 ? page : 0;
}

// ---------------------------------------------------------------- keys and links

/** `{pk: value}` of a row; null when the table has no primary key or the row lacks a value. */
export function rowKeyOf(row: Row, primaryKey: readonly string[]): Row | null {
  if (!primaryKey.length) return null;
  const key: Row = {};
  for (const column of primaryKey) {
    if (!(column in row) || row[column] === null || row[column] === undefined) return null;
    key[column] = row[column];
  }
  return key;
}

/** The `key` query parameter of the entity view → the key; null when it is not a JSON object. */
export function parseKeyParam(text: string | null | undefined): Row | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : null;
  } catch {
    return null;
  }
}

/** Where a link of the data screens leads: a row's entity view, or the grid with filters. */
export type DataLink =
  | { kind: 'entity'; table: string; key: Row }
  | { kind: 'explorer'; table: string; filters: RowFilter[] };

/** `[commands, queryParams]` for a routerLink. */
export function routeOf(
  projectId: string,
  connectionId: string,
  link: DataLink,
): { commands: string[]; queryParams: Record<string, string | string[]> } {
  if (link.kind === 'entity')
    return {
      commands: ['/projects', projectId, 'data', 'entity'],
      queryParams: { connectionId, table: link.table, key: JSON.stringify(link.key) },
    };
  return {
    commands: ['/projects', projectId, 'data'],
    queryParams: {
      connectionId,
      table: link.table,
      ...(link.filters.length ? { filter: link.filters.map(formatFilter) } : {}),
    },
  };
}

/** `schema.name` → table of the model. */
export function tableIndex(model: SchemaModel | null | undefined): Map<string, SchemaTable> {
  return new Map((model?.tables ?? []).map((t) => [qualified(t.name), t]));
}

/** Value as the text of a filter or a JSON key part. */
function filterText(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The row `columns` of `row` point at in `table` (their `referencedColumns`): the parent's entity
 * view when they are its whole primary key, else the grid filtered on them. Null when one of the
 * values is null (no parent).
 */
export function pointedRowLink(
  row: Row,
  columns: readonly string[],
  table: string,
  referencedColumns: readonly string[],
  tables: ReadonlyMap<string, SchemaTable>,
): DataLink | null {
  if (!columns.length || columns.length !== referencedColumns.length) return null;
  const values = columns.map((c) => row[c]);
  if (values.some((v) => v === null || v === undefined)) return null;
  const parentKey = tables.get(table)?.primaryKey?.columns ?? null;
  const isKey =
    parentKey === null
      ? true // unknown table: the referenced columns are the best key we have
      : parentKey.length === referencedColumns.length &&
        parentKey.every((c) => referencedColumns.includes(c));
  if (isKey) {
    const key: Row = {};
    referencedColumns.forEach((c, i) => (key[c] = values[i]));
    return { kind: 'entity', table, key };
  }
  return {
    kind: 'explorer',
    table,
    filters: referencedColumns.map((c, i) => ({
      column: c,
      op: 'eq',
      value: filterText(values[i]),
    })),
  };
}

/** The parent row a foreign key of `row` points at. */
export function parentLink(
  row: Row,
  foreignKey: SchemaForeignKey,
  tables: ReadonlyMap<string, SchemaTable>,
): DataLink | null {
  return pointedRowLink(
    row,
    foreignKey.columns,
    qualified(foreignKey.referencedTable),
    foreignKey.referencedColumns,
    tables,
  );
}

/** Column → link to the parent row, for every foreign-key column of `row` that has a value. */
export function foreignKeyLinks(
  row: Row,
  table: SchemaTable | null | undefined,
  tables: ReadonlyMap<string, SchemaTable>,
): Record<string, DataLink> {
  const links: Record<string, DataLink> = {};
  for (const fk of table?.foreignKeys ?? []) {
    const link = parentLink(row, fk, tables);
    if (!link) continue;
    for (const column of fk.columns) links[column] ??= link;
  }
  return links;
}

/**
 * The rows of `childTable` whose `childColumns` point at `row` (at its `referencedColumns`): the
 * grid of the child table filtered on them. Null when the row has no value for one of them.
 */
export function childRowsLink(
  row: Row,
  childTable: string,
  childColumns: readonly string[],
  referencedColumns: readonly string[],
): DataLink | null {
  if (!childColumns.length || childColumns.length !== referencedColumns.length) return null;
  const filters: RowFilter[] = [];
  for (let i = 0; i < childColumns.length; i++) {
    const value = row[referencedColumns[i]];
    if (value === null || value === undefined) return null;
    filters.push({ column: childColumns[i], op: 'eq', value: filterText(value) });
  }
  return { kind: 'explorer', table: childTable, filters };
}

/** Incoming foreign keys of `table`: which tables point at it, through which columns. */
export interface Referrer {
  table: string;
  foreignKey: SchemaForeignKey;
}

export function referrersOf(tableId: string, model: SchemaModel | null | undefined): Referrer[] {
  const result: Referrer[] = [];
  for (const t of model?.tables ?? [])
    for (const fk of t.foreignKeys)
      if (qualified(fk.referencedTable) === tableId)
        result.push({ table: qualified(t.name), foreignKey: fk });
  return result.sort(
    (a, b) => a.table.localeCompare(b.table) || a.foreignKey.name.localeCompare(b.foreignKey.name),
  );
}

// ---------------------------------------------------------------- cells

/** Text longer than this is cut in the grid (with a button to see all of it). */
export const CELL_TEXT_LIMIT = 80;

export type CellKind = 'null' | 'boolean' | 'number' | 'json' | 'text' | 'binary';

export interface CellView {
  kind: CellKind;
  /** What the cell shows (cut to CELL_TEXT_LIMIT when `truncated`). */
  text: string;
  /** Everything (pretty-printed for JSON). */
  full: string;
  truncated: boolean;
}

const NUMERIC = new Set(['INTEGER', 'DECIMAL', 'FLOAT']);

/** How a value is shown: NULL apart, JSON pretty-printed and cut, long text cut. */
export function cellView(value: unknown, category: string | null | undefined): CellView {
  if (value === null || value === undefined)
    return { kind: 'null', text: 'NULL', full: 'NULL', truncated: false };
  if (typeof value === 'boolean' || category === 'BOOLEAN') {
    const text = String(value);
    return { kind: 'boolean', text, full: text, truncated: false };
  }
  if (typeof value === 'number' || (category && NUMERIC.has(category))) {
    const text = String(value);
    return { kind: 'number', text, full: text, truncated: false };
  }
  let kind: CellKind = 'text';
  let compact: string;
  let full: string;
  if (typeof value === 'object' || category === 'JSON' || category === 'ARRAY') {
    kind = 'json';
    const parsed = typeof value === 'string' ? tryParseJson(value) : value;
    if (parsed === undefined) {
      compact = full = String(value);
    } else {
      compact = JSON.stringify(parsed);
      full = JSON.stringify(parsed, null, 2);
    }
  } else {
    if (category === 'BINARY') kind = 'binary';
    compact = full = String(value);
  }
  const oneLine = compact.replace(/\s*\n\s*/g, ' ');
  const truncated = oneLine.length > CELL_TEXT_LIMIT || (kind !== 'json' && full.includes('\n'));
  return {
    kind,
    text: oneLine.length > CELL_TEXT_LIMIT ? `${oneLine.slice(0, CELL_TEXT_LIMIT - 1)}…` : oneLine,
    full,
    truncated,
  };
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- the row form

export type FieldInput = 'text' | 'textarea' | 'number' | 'select' | 'boolean' | 'date' | 'json';

/** One column in the insert/edit form. */
export interface FieldSpec {
  /** Form control name (`f0`, `f1`, …): column names may hold dots or spaces. */
  control: string;
  name: string;
  dataType: string;
  category: string;
  input: FieldInput;
  nullable: boolean;
  /** The database fills it (identity or generated): shown, never sent. */
  readOnly: boolean;
  readOnlyReason: string | null;
  /** A new row needs a value (not null, no default, not filled by the database). */
  required: boolean;
  primaryKey: boolean;
  enumValues: string[];
  defaultValue: string | null;
  hint: string | null;
}

/**
 * The fields of the form, from the snapshot's columns (identity, generated, enum values,
 * defaults) and the explorer's columns (category, key). Either may be missing.
 */
export function fieldSpecs(
  table: SchemaTable | null | undefined,
  columns: readonly ExplorerColumn[] | null | undefined,
): FieldSpec[] {
  const byName = new Map((columns ?? []).map((c) => [c.name, c]));
  const schemaColumns: (SchemaColumn | null)[] = table?.columns ?? [];
  const names = table ? table.columns.map((c) => c.name) : (columns ?? []).map((c) => c.name);
  const primaryKey = new Set(
    table?.primaryKey?.columns ?? (columns ?? []).filter((c) => c.primaryKey).map((c) => c.name),
  );
  return names.map((name, index) => {
    const schema = schemaColumns[index] ?? null;
    const explorer = byName.get(name) ?? null;
    const category = explorer?.category ?? schema?.category ?? 'OTHER';
    const dataType = schema?.dataType ?? explorer?.dataType ?? '';
    const nullable = schema?.nullable ?? explorer?.nullable ?? true;
    const enumValues = schema?.enumValues ?? [];
    const identity = schema && schema.identity !== 'NONE' ? schema.identity : null;
    const generated = schema?.generated ?? null;
    const readOnlyReason = generated
      ? 'Generated by the database.'
      : identity
        ? 'Identity: the database numbers new rows.'
        : null;
    const defaultValue = schema?.defaultValue ?? null;
    const input: FieldInput = enumValues.length
      ? 'select'
      : category === 'BOOLEAN'
        ? 'boolean'
        : NUMERIC.has(category)
          ? 'number'
          : category === 'DATE'
            ? 'date'
            : category === 'JSON'
              ? 'json'
              : category === 'ARRAY' || /^text$/i.test(dataType)
                ? 'textarea'
                : 'text';
    return {
      control: `f${index}`,
      name,
      dataType,
      category,
      input,
      nullable,
      readOnly: !!readOnlyReason,
      readOnlyReason,
      required: !nullable && !readOnlyReason && defaultValue === null,
      primaryKey: primaryKey.has(name),
      enumValues,
      defaultValue,
      hint: hintFor(category, defaultValue),
    };
  });
}

function hintFor(category: string, defaultValue: string | null): string | null {
  const parts: string[] = [];
  if (category === 'TIMESTAMP') parts.push('ISO 8601, e.g. 2026-01-31 12:00:00+00.');
  if (category === 'TIME') parts.push('e.g. 13:45:00.');
  if (category === 'UUID') parts.push('e.g. 3f2b8c1e-…-…');
  if (category === 'BINARY') parts.push('Base64.');
  if (category === 'JSON') parts.push('JSON text.');
  if (defaultValue !== null) parts.push(`Default: ${defaultValue}.`);
  return parts.length ? parts.join(' ') : null;
}

/** A value of the row as the text a form control holds (null stays null = NULL). */
export function controlValueOf(value: unknown, field: FieldSpec): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  if (field.input === 'json' && typeof value === 'string') {
    const parsed = tryParseJson(value);
    return parsed === undefined ? value : JSON.stringify(parsed, null, 2);
  }
  return String(value);
}

/**
 * A control's text as the value sent: null for NULL, booleans as booleans, and text for the rest
 * (the server types it for the column, keeping big numbers exact). An empty text in a nullable
 * non-text column means NULL.
 */
export function sentValueOf(text: string | null, field: FieldSpec): unknown {
  if (text === null) return null;
  if (field.input === 'boolean') return text === '' ? null : text === 'true';
  const textual = field.input === 'text' || field.input === 'textarea';
  if (text === '' && !textual) return null;
  if (field.input === 'json') return text.trim();
  return text;
}

const INTEGER_TEXT = /^[-+]?\d+$/;
const DECIMAL_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks a control's text against its column: required, not null, number, UUID, JSON. */
export function fieldValidator(field: FieldSpec, inserting: () => boolean): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = control.value as string | null;
    if (value === null) return field.nullable ? null : { notNull: true };
    const textual = field.input === 'text' || field.input === 'textarea';
    if (value === '') {
      if (textual) return field.required && inserting() ? { required: true } : null;
      if (field.nullable) return null; // sent as NULL
      // A new row's untouched column with a default is not sent: the database fills it.
      if (inserting() && !field.required && !control.dirty) return null;
      return { required: true };
    }
    if (field.category === 'INTEGER' && !INTEGER_TEXT.test(value.trim())) return { integer: true };
    if (
      (field.category === 'DECIMAL' || field.category === 'FLOAT') &&
      !DECIMAL_TEXT.test(value.trim())
    )
      return { number: true };
    if (field.category === 'UUID' && !UUID_TEXT.test(value.trim())) return { uuid: true };
    if (field.input === 'json' && tryParseJson(value) === undefined) return { json: true };
    return null;
  };
}

export function describeFieldError(errors: ValidationErrors, field: FieldSpec): string {
  if (errors['server']) return String(errors['server']);
  if (errors['notNull']) return `${field.name} cannot be NULL.`;
  if (errors['required']) return `${field.name} is required.`;
  if (errors['integer']) return `${field.name} must be a whole number.`;
  if (errors['number']) return `${field.name} must be a number.`;
  if (errors['uuid']) return `${field.name} must be a UUID.`;
  if (errors['json']) return `${field.name} must be valid JSON.`;
  return `${field.name} is not valid.`;
}

/**
 * The values to send: on insert the fields the user filled in plus the required ones (the
 * database fills the rest with their defaults); on edit only the changed fields.
 */
export function valuesToSend(
  fields: readonly FieldSpec[],
  controls: Record<string, AbstractControl<string | null>>,
  inserting: boolean,
): Row {
  const values: Row = {};
  for (const field of fields) {
    if (field.readOnly) continue;
    const control = controls[field.control];
    if (!control) continue;
    if (!control.dirty && !(inserting && field.required)) continue;
    values[field.name] = sentValueOf(control.value, field);
  }
  return values;
}

/** `{"id":5}` → `id 5`; `{"order_id":1,"product_id":2}` → `order_id 1, product_id 2`. */
export function describeKey(key: Row): string {
  return Object.entries(key)
    .map(([column, value]) => `${column} ${filterText(value)}`)
    .join(', ');
}
