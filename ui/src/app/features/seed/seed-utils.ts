import { AbstractControl } from '@angular/forms';
import {
  FieldError,
  IntegrityReport,
  IntegrityViolation,
  SchemaModel,
  SchemaTable,
  SeedSpec,
  TemplateParameter,
} from '../../core/models';
import { ApiError } from '../../core/utils/api-error';
import { StudioForm, TableForm } from './seed-form';

// ---- tables of a snapshot

export const qualifiedName = (t: SchemaTable) => `${t.name.schema}.${t.name.name}`;

/** The tables a seed can fill (no views), by qualified name. */
export function seedableTables(model: SchemaModel | null): SchemaTable[] {
  return (model?.tables ?? [])
    .filter((t) => t.kind === 'TABLE')
    .sort((a, b) => qualifiedName(a).localeCompare(qualifiedName(b)));
}

/**
 * The table a user wrote (`schema.table`, or a bare name unique across schemas; exact case first,
 * then ignoring case), as the server resolves it.
 */
export function findTable(model: SchemaModel | null, written: string): SchemaTable | null {
  const text = written.trim();
  if (!model || !text) return null;
  const matches = (ignoreCase: boolean) =>
    model.tables.filter((t) => {
      const name = text.includes('.') ? qualifiedName(t) : t.name.name;
      return ignoreCase ? name.toLowerCase() === text.toLowerCase() : name === text;
    });
  let found = matches(false);
  if (!found.length) found = matches(true);
  return found.length === 1 ? found[0] : null;
}

/** The tables `table`'s foreign keys reference (the possible parents of a per-parent count). */
export function parentsOf(table: SchemaTable | null): string[] {
  if (!table) return [];
  return [
    ...new Set(
      table.foreignKeys.map((fk) => `${fk.referencedTable.schema}.${fk.referencedTable.name}`),
    ),
  ];
}

// ---- problems → fields

/** Where a server problem goes: a control of the studio form, with an optional prefix. */
export interface ProblemTarget {
  path: string;
  prefix?: string;
}

/** The names a table entry answers to: as written, and qualified when the snapshot knows it. */
function namesOf(written: string, model: SchemaModel | null): string[] {
  const text = written.trim();
  if (!text) return [];
  const table = findTable(model, text);
  return [...new Set([text, ...(table ? [qualifiedName(table)] : [])])];
}

/** The longest entry name `rest` starts with (followed by `.` or the end), and what follows. */
function matchName(
  rest: string,
  entries: { index: number; names: string[] }[],
): { index: number; suffix: string } | null {
  let best: { index: number; suffix: string; length: number } | null = null;
  for (const entry of entries)
    for (const name of entry.names)
      if ((rest === name || rest.startsWith(`${name}.`)) && (!best || name.length > best.length))
        best = { index: entry.index, suffix: rest.slice(name.length), length: name.length };
  return best && { index: best.index, suffix: best.suffix };
}

function describeSuffix(suffix: string): string | undefined {
  const text = suffix.replace(/^\./, '');
  if (!text) return undefined;
  const [kind, ...name] = text.split('.');
  const label =
    { foreignKeys: 'foreign key', unique: 'unique', checks: 'check', columns: 'column' }[kind] ??
    kind;
  return name.length ? `${label} ${name.join('.')}` : label;
}

/**
 * Maps a problem's `field` to the input it concerns. The spec reader names inputs by position
 * (`tables[0].rows`, `tables[0].overrides[1].type`, `entity.root`, `connectionId`); the planner by
 * table (`tables.public.orders.count`, `tables.orders.columns.email`, `entity.children.orders`).
 * Returns null when no input matches (the problem is listed above the form).
 */
export function problemTarget(
  field: string,
  form: StudioForm,
  model: SchemaModel | null,
): ProblemTarget | null {
  const c = form.controls;
  const entity = c.strategy.value === 'entity';
  const enabled = (path: string) => {
    const control = form.get(path);
    return !!control && control.enabled ? path : null;
  };
  const pick = (...paths: string[]): string | null => {
    for (const path of paths) if (enabled(path)) return path;
    return null;
  };

  if (field === 'connectionId' || field === 'snapshotId') return { path: 'connectionId' };
  if (['seed', 'locale', 'mode', 'verify', 'includeParents'].includes(field))
    return enabled(field) ? { path: field } : null;
  if (field === 'tables') return entity ? null : { path: 'tables' };

  // -- entity strategy
  if (field === 'entity') return pick('entity.root') ? { path: 'entity.root' } : null;
  if (field === 'entity.root' || field === 'entity.count')
    return pick(field) ? { path: field } : null;
  if (field === 'entity.children')
    return pick('entity.children') ? { path: 'entity.children' } : null;
  if (field.startsWith('entity.children.')) {
    const children = c.entity.controls.children.controls;
    const hit = matchName(
      field.slice('entity.children.'.length),
      children.map((child, index) => ({
        index,
        names: namesOf(child.controls.table.value, model),
      })),
    );
    const path = hit ? pick(`entity.children.${hit.index}.table`) : pick('entity.children');
    return path ? { path, prefix: hit ? describeSuffix(hit.suffix) : undefined } : null;
  }

  // -- positional: tables[i]… (the spec reader)
  const positional = /^tables\[(\d+)\](.*)$/.exec(field);
  if (positional) {
    const i = Number(positional[1]);
    const table = c.tables.at(i) as TableForm | undefined;
    if (!table || entity) return null;
    const base = `tables.${i}`;
    const rest = positional[2];
    if (rest === '' || rest === '.table') return { path: `${base}.table` };
    if (rest === '.rows' || rest === '.count')
      return { path: pick(`${base}.rows`, `${base}.perParent.max`) ?? `${base}.table` };
    if (rest === '.perParent') return { path: pick(`${base}.perParent.parent`) ?? `${base}.table` };
    const perParent = /^\.perParent\.(parent|min|max|foreignKey)$/.exec(rest);
    if (perParent)
      return {
        path:
          pick(`${base}.perParent.${perParent[1]}`, `${base}.perParent.parent`) ?? `${base}.table`,
      };
    const override = /^\.overrides\[(\d+)\](?:\.(\w+))?$/.exec(rest);
    if (override) {
      const o = `${base}.overrides.${override[1]}`;
      if (!form.get(o)) return { path: `${base}.table` };
      const name = override[2] ?? 'column';
      return { path: pick(`${o}.${name}`, `${o}.column`) ?? `${base}.table` };
    }
    return { path: `${base}.table`, prefix: describeSuffix(rest) };
  }

  // -- by name: tables.<name as written>… (the planner)
  if (field.startsWith('tables.')) {
    const rest = field.slice('tables.'.length);
    if (entity) {
      const children = c.entity.controls.children.controls;
      const hit = matchName(rest, [
        { index: -1, names: namesOf(c.entity.controls.root.value, model) },
        ...children.map((child, index) => ({
          index,
          names: namesOf(child.controls.table.value, model),
        })),
      ]);
      if (!hit) return null;
      if (hit.index === -1)
        return hit.suffix === '.count'
          ? { path: 'entity.count' }
          : { path: 'entity.root', prefix: describeSuffix(hit.suffix) };
      const base = `entity.children.${hit.index}`;
      return hit.suffix === '.count'
        ? { path: `${base}.max` }
        : { path: `${base}.table`, prefix: describeSuffix(hit.suffix) };
    }
    const tables = c.tables.controls;
    const hit = matchName(
      rest,
      tables.map((table, index) => ({ index, names: namesOf(table.controls.table.value, model) })),
    );
    if (!hit) return null;
    const base = `tables.${hit.index}`;
    const suffix = hit.suffix;
    if (suffix === '') return { path: `${base}.table` };
    if (suffix === '.count')
      return { path: pick(`${base}.rows`, `${base}.perParent.max`) ?? `${base}.table` };
    if (suffix.startsWith('.count.parent') || suffix === '.count.foreignKey')
      return { path: pick(`${base}.perParent.parent`) ?? `${base}.table` };
    const column = /^\.columns\.(.+)$/.exec(suffix);
    if (column) {
      const overrides = tables[hit.index].controls.overrides.controls;
      const k = overrides.findIndex((o) => o.controls.column.value.trim() === column[1]);
      return k >= 0
        ? { path: `${base}.overrides.${k}.column` }
        : { path: `${base}.table`, prefix: `column ${column[1]}` };
    }
    return { path: `${base}.table`, prefix: describeSuffix(suffix) };
  }
  return null;
}

/**
 * Puts a 400's problems on the inputs they concern (via `place`). Returns the ones that match no
 * input, as "field: message" lines for the alert above the form.
 */
export function placeProblems(
  errors: readonly FieldError[],
  form: StudioForm,
  model: SchemaModel | null,
  place: (control: AbstractControl, message: string) => void,
): string[] {
  const unplaced: string[] = [];
  for (const error of errors) {
    const target = error.field ? problemTarget(error.field, form, model) : null;
    const control = target ? form.get(target.path) : null;
    if (!target || !control) {
      unplaced.push(error.field ? `${error.field}: ${error.message}` : error.message);
      continue;
    }
    place(control, target.prefix ? `${target.prefix}: ${error.message}` : error.message);
  }
  return unplaced;
}

/** A 402 `plan-required`: which plan allows more, for "Needs the Pro plan" and a pricing link. */
export function planRequirement(error: ApiError): { plan: string | null; message: string } | null {
  if (error.status !== 402) return null;
  const problem = (error.problem ?? {}) as Record<string, unknown>;
  const required = typeof problem['requiredPlan'] === 'string' ? problem['requiredPlan'] : null;
  return { plan: required ? planLabel(required) : null, message: error.message };
}

export function planLabel(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1).toLowerCase();
}

// ---- templates: numbers → ${parameters}

export const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A number of a spec that a template may turn into a parameter. */
export interface NumberSlot {
  /** JSON path, e.g. `['tables', 0, 'rows']`. */
  path: (string | number)[];
  /** `tables[0].rows` */
  key: string;
  label: string;
  value: number;
  /** A suggested parameter name. */
  suggestion: string;
}

const slug = (text: string) =>
  text
    .replace(/^.*\./, '')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^(\d)/, '_$1')
    .toLowerCase();

/** The numbers of a spec worth a parameter: counts, ranges, ratios and the seed. */
export function numberSlots(spec: SeedSpec): NumberSlot[] {
  const slots: NumberSlot[] = [];
  const add = (path: (string | number)[], label: string, value: unknown, suggestion: string) => {
    if (typeof value !== 'number') return;
    const key = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
    slots.push({ path, key, label, value, suggestion });
  };
  (spec.tables ?? []).forEach((t, i) => {
    const name = t.table || `table ${i + 1}`;
    add(['tables', i, 'rows'], `Rows of ${name}`, t.rows, `${slug(name)}_rows`);
    add(
      ['tables', i, 'perParent', 'min'],
      `Min ${name} per ${t.perParent?.parent}`,
      t.perParent?.min,
      `${slug(name)}_min`,
    );
    add(
      ['tables', i, 'perParent', 'max'],
      `Max ${name} per ${t.perParent?.parent}`,
      t.perParent?.max,
      `${slug(name)}_max`,
    );
    (t.overrides ?? []).forEach((o, j) => {
      const column = `${name}.${o.column}`;
      add(['tables', i, 'overrides', j, 'min'], `Min of ${column}`, o.min, `${slug(o.column)}_min`);
      add(['tables', i, 'overrides', j, 'max'], `Max of ${column}`, o.max, `${slug(o.column)}_max`);
      add(
        ['tables', i, 'overrides', j, 'ratio'],
        `Null ratio of ${column}`,
        o.ratio,
        `${slug(o.column)}_null_ratio`,
      );
    });
  });
  if (spec.entity) {
    const root = spec.entity.root || 'root';
    add(
      ['entity', 'count'],
      `Number of ${root} entities`,
      spec.entity.count,
      `${slug(root)}_count`,
    );
    (spec.entity.children ?? []).forEach((child, k) => {
      add(
        ['entity', 'children', k, 'min'],
        `Min ${child.table} per parent`,
        child.min,
        `${slug(child.table)}_min`,
      );
      add(
        ['entity', 'children', k, 'max'],
        `Max ${child.table} per parent`,
        child.max,
        `${slug(child.table)}_max`,
      );
    });
  }
  add(['seed'], 'Seed', spec.seed, 'seed');
  return slots;
}

/**
 * Turns the named numbers into `${name}` placeholders (where the spec still holds that number)
 * and declares each name once, with the number as its default.
 */
export function parameterize(
  spec: Record<string, unknown>,
  named: { slot: NumberSlot; name: string }[],
  declared: readonly TemplateParameter[] = [],
): { spec: Record<string, unknown>; parameters: TemplateParameter[] } {
  const copy = structuredClone(spec);
  const parameters = [...declared];
  for (const { slot, name } of named) {
    const parentPath = slot.path.slice(0, -1);
    let holder: unknown = copy;
    for (const step of parentPath)
      holder =
        holder && typeof holder === 'object'
          ? (holder as Record<string, unknown>)[step]
          : undefined;
    const last = slot.path[slot.path.length - 1];
    if (!holder || typeof holder !== 'object') continue;
    const record = holder as Record<string | number, unknown>;
    if (record[last] !== slot.value) continue;
    record[last] = `\${${name}}`;
    if (!parameters.some((p) => p.name === name))
      parameters.push({ name, description: slot.label, defaultValue: String(slot.value) });
  }
  return { spec: copy, parameters };
}

/** The `${name}` placeholders a spec text uses. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]))];
}

/** Parses JSON text that must be an object; a readable error otherwise. */
export function parseObject(text: string): { value: Record<string, unknown> } | { error: string } {
  try {
    const value = JSON.parse(text) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value))
      return { error: 'The spec must be a JSON object ({ … }).' };
    return { value: value as Record<string, unknown> };
  } catch (e) {
    return { error: `The spec is not valid JSON: ${(e as Error).message}` };
  }
}

/** Pretty JSON of stored JSON text (history requests, template specs); the text if not JSON. */
export function prettyJson(text: string | null | undefined): string {
  if (!text) return '';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export function parseJson<T>(text: string | null | undefined): T | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

// ---- results

export function parseIntegrity(
  value: string | IntegrityReport | null | undefined,
): IntegrityReport | null {
  const report = typeof value === 'string' ? parseJson<IntegrityReport>(value) : (value ?? null);
  if (!report || typeof report !== 'object') return null;
  return {
    checked: Number(report.checked) || 0,
    violations: Array.isArray(report.violations) ? report.violations : [],
    skipped: Array.isArray(report.skipped) ? report.skipped : [],
  };
}

export function violationTable(violation: IntegrityViolation): string {
  const t = violation.table;
  return typeof t === 'string' ? t : t ? `${t.schema}.${t.name}` : '';
}

/** A preview cell as text: NULL apart, objects as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function durationText(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

// ---- tabs (WAI-ARIA: arrows, Home and End move between tabs)

/** The tab to select after a key press on a tab list, or null for other keys. */
export function tabAfterKey<T>(key: string, tabs: readonly T[], current: T): T | null {
  const index = tabs.indexOf(current);
  if (!tabs.length) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return tabs[(index + 1) % tabs.length];
    case 'ArrowLeft':
    case 'ArrowUp':
      return tabs[(index - 1 + tabs.length) % tabs.length];
    case 'Home':
      return tabs[0];
    case 'End':
      return tabs[tabs.length - 1];
    default:
      return null;
  }
}
