// The seed generation of the mock platform (docs/api.md "Seed generation"): reads a seed spec like
// the generation service (every problem with its field: `tables[0].rows` from the spec reader,
// `tables.<name>…` from the planner, `entity.root`, `connectionId`), plans it from a snapshot's
// model (parents added, insert order, generators, foreign-key modes, columns left to the
// database), previews deterministic rows, and fills QA template placeholders.
// A test double: plausible and deterministic, not the service's algorithms.

export const OVERRIDE_TYPES = [
  'provider',
  'pattern',
  'constant',
  'weighted',
  'range',
  'dates',
  'nullRatio',
  'sql',
  'default',
];

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const PLACEHOLDER_ONLY = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
export const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const qualified = (t) => `${t.name.schema}.${t.name.name}`;
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const isInt = (v) => Number.isInteger(v);

/** Thrown for a refused spec: 400 with `errors`. */
export class SeedProblems extends Error {
  constructor(errors) {
    super(
      errors.length === 1
        ? `The seed plan is not valid: ${errors[0].message}`
        : `The seed plan is not valid: ${errors.length} problems`,
    );
    this.errors = errors;
  }
}

/** The spec reader's checks (field names by position), as SeedSpecs does. */
export function specProblems(spec) {
  const problems = [];
  const add = (field, message) => problems.push({ field, message });
  if (!spec || typeof spec !== 'object') return [{ field: 'connectionId', message: 'is required' }];
  if (!spec.connectionId) add('connectionId', 'is required');
  const hasTables = Array.isArray(spec.tables) && spec.tables.length > 0;
  if (hasTables === !!spec.entity) {
    add('tables', 'give either tables or entity, not both or neither');
    return problems;
  }
  if (hasTables) {
    spec.tables.forEach((t, i) => {
      const field = `tables[${i}]`;
      if (!t || typeof t.table !== 'string' || !t.table.trim()) {
        add(`${field}.table`, 'is required');
        return;
      }
      const hasRows = t.rows !== undefined && t.rows !== null;
      const hasRatio = !!t.perParent;
      if (hasRows === hasRatio) add(`${field}.rows`, 'give rows or perParent');
      else if (hasRatio) {
        const p = t.perParent;
        if (
          !p.parent ||
          p.min === undefined ||
          p.min === null ||
          p.max === undefined ||
          p.max === null
        )
          add(`${field}.perParent`, 'parent, min and max are required');
      } else if (!isInt(t.rows)) add(`${field}.rows`, 'must be a whole number');
      (t.overrides ?? []).forEach((o, j) => overrideProblems(o, `${field}.overrides[${j}]`, add));
    });
  } else {
    const e = spec.entity;
    if (!e.root || e.count === undefined || e.count === null)
      add('entity', 'root and count are required');
    for (const child of e.children ?? [])
      if (!child?.table) add('entity.children', 'every child names a table');
  }
  if (
    spec.locale !== undefined &&
    spec.locale !== null &&
    !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*$/.test(spec.locale)
  )
    add('locale', `not a language tag: ${spec.locale}`);
  if (spec.mode !== undefined && spec.mode !== null && !['append', 'truncate'].includes(spec.mode))
    add('mode', 'must be append or truncate');
  return problems;
}

function overrideProblems(o, field, add) {
  if (!o || !o.column || !o.type) return add(field, 'column and type are required');
  const type = String(o.type).toLowerCase();
  const need = (value, name) =>
    value === undefined || value === null
      ? add(`${field}.${name}`, 'is required for this override type')
      : null;
  switch (type) {
    case 'provider':
    case 'sql':
      need(o.expression, 'expression');
      break;
    case 'pattern':
      need(o.regex, 'regex');
      break;
    case 'constant':
      need(o.value, 'value');
      break;
    case 'range':
      if (!isNumber(o.min) || !isNumber(o.max))
        add(`${field}.min`, 'is required for this override type');
      break;
    case 'dates':
      if (!o.from || !o.to) add(`${field}.from`, 'is required for this override type');
      break;
    case 'weighted':
      if (!Array.isArray(o.choices) || !o.choices.length)
        add(`${field}.choices`, 'at least one choice is required');
      else if (o.choices.some((c) => c?.value === undefined || c?.value === null))
        add(`${field}.choices`, 'every choice has a value');
      break;
    case 'nullratio':
      if (o.ratio === undefined || o.ratio === null) add(`${field}.ratio`, 'is required');
      break;
    case 'default':
      break;
    default:
      add(
        `${field}.type`,
        `unknown override type ${o.type} (provider, pattern, constant, weighted, range, dates, nullRatio, sql, default)`,
      );
  }
}

/** A table by the name a user wrote: `schema.table` or a unique bare name; case-insensitive second. */
function resolveTable(model, written, field, add) {
  const text = String(written ?? '').trim();
  const find = (ignoreCase) =>
    model.tables.filter((t) => {
      const name = text.includes('.') ? qualified(t) : t.name.name;
      return ignoreCase ? name.toLowerCase() === text.toLowerCase() : name === text;
    });
  let matches = find(false);
  if (!matches.length) matches = find(true);
  if (!matches.length) {
    add(field, `no table ${text} in the schema`);
    return null;
  }
  if (matches.length > 1) {
    add(field, `${text} is ambiguous: [${matches.map(qualified).join(', ')}]`);
    return null;
  }
  if (matches[0].kind !== 'TABLE') {
    add(field, `${text} is a view; only tables can be seeded`);
    return null;
  }
  return matches[0];
}

const parentName = (fk) => `${fk.referencedTable.schema}.${fk.referencedTable.name}`;

/** The entity strategy as table requests (root count, children per parent), like EntityStrategy. */
function entityTables(model, entity, add) {
  const root = resolveTable(model, entity.root, 'entity.root', add);
  if (!isInt(entity.count) || entity.count < 1) add('entity.count', 'must be at least 1');
  if (!root) return null;
  const requests = [{ table: qualified(root), rows: entity.count, overrides: [] }];
  const placed = new Set([qualified(root)]);
  let children = entity.children ?? [];
  if (!children.length) {
    // the tables that need the root (NOT NULL foreign key), two levels down, 1–3 rows each
    const level = (parents) =>
      model.tables.filter(
        (t) =>
          t.kind === 'TABLE' &&
          !placed.has(qualified(t)) &&
          t.foreignKeys.some(
            (fk) =>
              parents.includes(parentName(fk)) &&
              fk.columns.every((c) => t.columns.find((col) => col.name === c)?.nullable === false),
          ),
      );
    const first = level([qualified(root)]);
    first.forEach((t) => placed.add(qualified(t)));
    const second = level(first.map(qualified));
    children = [...first, ...second].map((t) => ({ table: qualified(t), min: 1, max: 3 }));
    placed.clear();
    placed.add(qualified(root));
  }
  for (const child of children) {
    const field = `entity.children.${child.table}`;
    const min = child.min ?? 1;
    const max = child.max ?? child.min ?? 3;
    if (min < 0 || max < min) add(field, 'rows per parent must satisfy 0 <= min <= max');
    const table = resolveTable(model, child.table, field, add);
    if (!table) continue;
    const fk = table.foreignKeys.find(
      (k) => placed.has(parentName(k)) && parentName(k) !== qualified(table),
    );
    if (!fk) {
      add(field, `${table.name.name} has no foreign key to ${entity.root} or another child`);
      continue;
    }
    placed.add(qualified(table));
    requests.push({
      table: qualified(table),
      perParent: { parent: parentName(fk), foreignKey: fk.name, min, max },
      overrides: [],
    });
  }
  return requests;
}

/** Parents before children; self references and cycles are broken (their keys filled later). */
function insertOrder(names, tablesByName) {
  const remaining = new Set(names);
  const order = [];
  while (remaining.size) {
    const ready = [...remaining]
      .filter((name) =>
        tablesByName.get(name).foreignKeys.every((fk) => {
          const parent = parentName(fk);
          return parent === name || !remaining.has(parent);
        }),
      )
      .sort();
    const next = ready.length ? ready : [[...remaining].sort()[0]];
    for (const name of next) {
      order.push(name);
      remaining.delete(name);
    }
  }
  return order;
}

function generatorOf(column, table) {
  const name = column.name.toLowerCase();
  if (table.foreignKeys.some((fk) => fk.columns.includes(column.name))) return 'foreign_key';
  if (column.category === 'ENUM' || column.enumValues.length) return 'enum';
  if (name.includes('email')) return 'email';
  if (name === 'name' && /customer|employee|user|person/.test(table.name.name)) return 'full_name';
  if (name === 'name' || name === 'label' || name === 'title') return 'words';
  if (name === 'slug' || name === 'code' || name === 'sku') return 'code';
  if (/cents|price|amount|total/.test(name)) return 'money';
  if (column.category === 'TIMESTAMP') return 'timestamp';
  if (column.category === 'DATE') return 'date';
  if (column.category === 'BOOLEAN') return 'boolean';
  if (column.category === 'JSON') return 'json';
  if (column.category === 'UUID') return 'uuid';
  if (column.category === 'INTEGER' || column.category === 'DECIMAL') return 'integer';
  return 'text';
}

function uniqueOf(column, table) {
  if (table.primaryKey?.columns.length === 1 && table.primaryKey.columns[0] === column.name)
    return table.primaryKey.name ?? `${table.name.name}_pkey`;
  const unique = table.uniqueConstraints.find(
    (u) => u.columns.length === 1 && u.columns[0] === column.name,
  );
  return unique ? unique.name : null;
}

/**
 * Plans a spec on a snapshot's model. Throws SeedProblems (400) for a bad spec. `rowLimit` is the
 * caller's rows per seed job (-1 = unlimited); the caller decides about a 402.
 */
export function planSeed(model, spec, { snapshotId, connectionId, rowLimit, today }) {
  const problems = specProblems(spec);
  if (problems.length) throw new SeedProblems(problems);
  const errors = [];
  const warnings = [];
  const add = (field, message) => errors.push({ field, message });
  const warn = (field, message) => warnings.push({ field, message });
  const tablesByName = new Map(model.tables.map((t) => [qualified(t), t]));

  // requested tables, with the field prefix their problems are reported under
  const requests = spec.entity
    ? entityTables(model, spec.entity, add)
    : spec.tables.map((t) => ({ ...t, overrides: t.overrides ?? [] }));
  if (!requests) throw new SeedProblems(errors);
  const requested = new Map(); // name -> { request, field }
  for (const request of requests) {
    const field = `tables.${String(request.table).trim()}`;
    const table = resolveTable(model, request.table, field, add);
    if (!table) continue;
    const name = qualified(table);
    if (requested.has(name)) {
      add(field, 'the table is requested more than once');
      continue;
    }
    requested.set(name, { request, field, table });
    if (request.perParent) {
      const p = request.perParent;
      if (p.min < 0 || p.max < 1 || p.max < p.min)
        add(`${field}.count`, `needs 0 <= min <= max and max >= 1, was ${p.min}-${p.max}`);
      const parent = resolveTable(model, p.parent, `${field}.count.parent`, add);
      if (parent && !table.foreignKeys.some((fk) => parentName(fk) === qualified(parent)))
        add(
          `${field}.count.parent`,
          `${table.name.name} has no foreign key to ${parent.name.name}`,
        );
      request.parentName = parent ? qualified(parent) : null;
    } else if (request.rows < 1) {
      add(`${field}.count`, `must be at least 1, was ${request.rows}`);
    }
  }

  // parents the foreign keys need
  const planned = new Set(requested.keys());
  if (spec.includeParents !== false) {
    const pending = [...planned];
    while (pending.length) {
      const table = tablesByName.get(pending.pop());
      for (const fk of table.foreignKeys) {
        const parent = parentName(fk);
        if (tablesByName.has(parent) && !planned.has(parent)) {
          planned.add(parent);
          pending.push(parent);
        }
      }
    }
  }
  for (const { request, field } of requested.values())
    if (request.parentName && !planned.has(request.parentName))
      add(`${field}.count.parent`, `a per-parent ratio needs ${request.parentName} in the plan`);

  const order = insertOrder([...planned], tablesByName);
  const rows = new Map();
  const tables = [];
  const deferredFills = [];
  for (const name of order) {
    const table = tablesByName.get(name);
    const entry = requested.get(name);
    const field = entry?.field ?? `tables.${table.name.name}`;
    // rows: as asked, per parent row, or (parents added) a tenth of their largest child
    let count;
    if (entry?.request.perParent) {
      const p = entry.request.perParent;
      count = Math.round(((rows.get(entry.request.parentName) ?? 0) * (p.min + p.max)) / 2);
    } else if (entry) {
      count = entry.request.rows;
    } else {
      const children = [...requested.values()].filter(({ table: child }) =>
        child.foreignKeys.some((fk) => parentName(fk) === name),
      );
      const largest = Math.max(
        1,
        ...children.map(({ request }) => request.rows ?? 10 * (request.perParent?.max ?? 1)),
      );
      count = Math.max(1, Math.ceil(largest / 10));
    }
    rows.set(name, count);

    const overrides = new Map();
    for (const o of entry?.request.overrides ?? []) {
      const column = table.columns.find((c) => c.name === o.column);
      const columnField = `${field}.columns.${o.column}`;
      if (!column) {
        add(columnField, `no column ${o.column} in ${table.name.name}`);
        continue;
      }
      const ratio = o.ratio;
      if (ratio !== undefined && ratio !== null) {
        if (ratio < 0 || ratio > 1)
          add(columnField, `null ratio must be between 0 and 1, was ${ratio}`);
        else if (!column.nullable && ratio > 0)
          add(columnField, 'is NOT NULL; it cannot get NULLs');
      }
      const isFk = table.foreignKeys.some((fk) => fk.columns.includes(column.name));
      if (isFk && o.type !== 'nullRatio')
        add(columnField, "is filled from its parent's keys; only a null ratio can be set");
      overrides.set(column.name, o);
    }

    const columns = [];
    const omitted = [];
    for (const column of table.columns) {
      const o = overrides.get(column.name);
      if (o?.type === 'default') {
        omitted.push({ column: column.name, reason: 'override: left to the database default' });
        continue;
      }
      if (!o && column.identity !== 'NONE') {
        omitted.push({
          column: column.name,
          reason: `identity (${column.identity.toLowerCase()}): numbered by the database`,
        });
        continue;
      }
      if (column.generated) {
        omitted.push({ column: column.name, reason: 'generated column' });
        continue;
      }
      if (
        !o &&
        column.defaultValue &&
        !table.foreignKeys.some((fk) => fk.columns.includes(column.name))
      ) {
        omitted.push({ column: column.name, reason: `has a default (${column.defaultValue})` });
        continue;
      }
      const generator =
        o && o.type !== 'nullRatio'
          ? `override:${String(o.type).toLowerCase()}`
          : generatorOf(column, table);
      columns.push({
        name: column.name,
        type: column.dataType,
        nullable: column.nullable,
        generator,
        unique: uniqueOf(column, table),
        nullRatio: o?.ratio ?? 0,
      });
    }

    const foreignKeys = table.foreignKeys.map((fk) => {
      const parent = parentName(fk);
      const nullable = fk.columns.every(
        (c) => table.columns.find((col) => col.name === c)?.nullable,
      );
      const parentPlanned = planned.has(parent);
      const later = parentPlanned && order.indexOf(parent) >= order.indexOf(name);
      let mode = 'at_insert';
      if (later)
        mode = fk.deferrable && model.engine === 'postgresql' ? 'deferred_check' : 'after_insert';
      if (!parentPlanned && nullable && !tablesByName.has(parent)) mode = 'left_null';
      if (mode === 'after_insert') {
        deferredFills.push({ table: name, foreignKey: fk.name, columns: fk.columns, parent });
        if (parent === name)
          warn(
            `${field}.foreignKeys.${fk.name}`,
            'a self-reference: inserted NULL, filled after the insert',
          );
      }
      return { name: fk.name, columns: fk.columns, parent, mode, parentGenerated: parentPlanned };
    });
    for (const check of table.checks)
      if (
        !/^\(?\s*\(?\w+\s*(>=|>|<=|<|<>|=)\s*-?\d+\)?\s*(AND\s*\(?\w+\s*(>=|>|<=|<)\s*-?\d+\)?\s*)?\)?$/i.test(
          check.expression,
        )
      )
        warn(
          `${field}.checks.${check.name}`,
          `CHECK ${check.expression} is not understood; generated rows may violate it`,
        );

    tables.push({
      table: name,
      rows: count,
      addedAsParent: !entry,
      columns,
      foreignKeys,
      omitted,
    });
  }
  if (errors.length) throw new SeedProblems(errors);
  const totalRows = tables.reduce((sum, t) => sum + t.rows, 0);
  return {
    connectionId,
    snapshotId,
    engine: model.engine,
    seed: spec.seed ?? 1,
    locale: spec.locale ?? null,
    anchor: spec.anchor ?? today,
    totalRows,
    rowLimit,
    tables,
    deferredFills,
    warnings,
  };
}

// ---- preview rows

function random(seed, salt) {
  let h = 2166136261 ^ Number(seed || 1);
  for (const ch of salt) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Ada',
  'Björn',
  'Chiara',
  'Dmitri',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
];
const LAST = [
  'Lovelace',
  'Berg',
  'Rossi',
  'Volkov',
  'García',
  'Haddad',
  'Hopper',
  'Tanaka',
  'Silva',
  'Weber',
];
const WORDS = [
  'amber',
  'basalt',
  'cedar',
  'delta',
  'ember',
  'fjord',
  'garnet',
  'harbor',
  'iris',
  'juniper',
];

function sampleRegex(regex, next) {
  const letter = () => String.fromCharCode(97 + Math.floor(next() * 26));
  const digit = () => String(Math.floor(next() * 10));
  return String(regex)
    .replace(/\[a-z\]\{(\d+)\}/g, (_, n) => Array.from({ length: Number(n) }, letter).join(''))
    .replace(/(?:\[0-9\]|\\d)\{(\d+)\}/g, (_, n) =>
      Array.from({ length: Number(n) }, digit).join(''),
    )
    .replace(/\[a-z\]/g, letter)
    .replace(/\[0-9\]|\\d/g, digit)
    .replace(/\\(.)/g, '$1')
    .replace(/[\^$]/g, '');
}

function valueFor(column, planColumn, override, table, i, next, anchor, parents) {
  if (planColumn.nullRatio > 0 && next() < planColumn.nullRatio) return null;
  if (override && override.type !== 'nullRatio') {
    switch (override.type) {
      case 'constant':
        return override.value;
      case 'weighted': {
        const total = override.choices.reduce((s, c) => s + (c.weight ?? 1), 0);
        let pick = next() * total;
        for (const c of override.choices) if ((pick -= c.weight ?? 1) <= 0) return c.value;
        return override.choices[override.choices.length - 1].value;
      }
      case 'range': {
        const v = override.min + next() * (override.max - override.min);
        return Number.isInteger(override.min) && Number.isInteger(override.max)
          ? Math.round(v)
          : Math.round(v * 100) / 100;
      }
      case 'dates': {
        const from = Date.parse(override.from);
        const to = Date.parse(override.to);
        return new Date(from + next() * (to - from)).toISOString().slice(0, 10);
      }
      case 'pattern':
        return sampleRegex(override.regex, next);
      case 'sql':
        return `SQL: ${override.expression}`;
      case 'provider':
        return override.expression.includes('firstName')
          ? FIRST[Math.floor(next() * FIRST.length)]
          : `${WORDS[Math.floor(next() * WORDS.length)]}-${i + 1}`;
    }
  }
  const fk = table.foreignKeys.find((k) => k.columns.includes(column.name));
  if (fk) {
    const parentRows = parents.get(parentName(fk)) ?? 0;
    if (!parentRows) return null;
    return 1 + Math.floor(next() * Math.min(parentRows, 1_000_000));
  }
  const first = FIRST[Math.floor(next() * FIRST.length)];
  const last = LAST[Math.floor(next() * LAST.length)];
  switch (planColumn.generator) {
    case 'email':
      return `${first}.${last}.${i + 1}@example.com`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '');
    case 'full_name':
      return `${first} ${last}`;
    case 'words':
      return `${WORDS[Math.floor(next() * WORDS.length)]} ${WORDS[Math.floor(next() * WORDS.length)]}`;
    case 'code':
      return `${table.name.name.slice(0, 3).toUpperCase()}-${String(i + 1).padStart(5, '0')}`;
    case 'money':
      return Math.floor(next() * 50_000);
    case 'enum':
      return column.enumValues[Math.floor(next() * column.enumValues.length)] ?? null;
    case 'timestamp':
      return new Date(Date.parse(anchor) - Math.floor(next() * 365 * 86_400_000)).toISOString();
    case 'date':
      return new Date(Date.parse(anchor) - Math.floor(next() * 365 * 86_400_000))
        .toISOString()
        .slice(0, 10);
    case 'boolean':
      return next() < 0.5;
    case 'json':
      return { tag: WORDS[Math.floor(next() * WORDS.length)] };
    case 'uuid':
      return '00000000-0000-4000-8000-' + String(i + 1).padStart(12, '0');
    case 'integer':
      return 1 + Math.floor(next() * 100);
    default:
      return `${WORDS[Math.floor(next() * WORDS.length)]} ${i + 1}`;
  }
}

/** The first `count` rows of every planned table (identity keys numbered as after a truncate). */
export function previewSeed(model, plan, spec, count) {
  const tablesByName = new Map(model.tables.map((t) => [qualified(t), t]));
  const parents = new Map(plan.tables.map((t) => [t.table, t.rows]));
  const overridesOf = (name) => {
    const request = (spec.tables ?? []).find((t) => {
      const written = String(t.table).trim();
      return written === name || name.endsWith(`.${written}`);
    });
    return new Map((request?.overrides ?? []).map((o) => [o.column, o]));
  };
  return plan.tables.map((t) => {
    const table = tablesByName.get(t.table);
    const overrides = overridesOf(t.table);
    const identity = table.columns.filter((c) => c.identity !== 'NONE' && !overrides.has(c.name));
    const columns = [...identity.map((c) => c.name), ...t.columns.map((c) => c.name)];
    const next = random(plan.seed, t.table);
    const rows = [];
    for (let i = 0; i < Math.min(count, t.rows); i++)
      rows.push([
        ...identity.map(() => i + 1),
        ...t.columns.map((pc) =>
          valueFor(
            table.columns.find((c) => c.name === pc.name),
            pc,
            overrides.get(pc.name),
            table,
            i,
            next,
            plan.anchor,
            parents,
          ),
        ),
      ]);
    return { table: t.table, columns, rows };
  });
}

// ---- QA templates

/**
 * Fills `${param}` placeholders: a value that is only a placeholder takes the value's type
 * (number, true/false, text), one inside text is replaced as text. Throws SeedProblems for
 * undeclared parameters and missing values.
 */
export function resolveTemplate(template, given = {}) {
  const problems = [];
  const declared = new Set(template.parameters.map((p) => p.name));
  const values = {};
  for (const p of template.parameters)
    if (p.defaultValue !== null && p.defaultValue !== undefined) values[p.name] = p.defaultValue;
  for (const [name, value] of Object.entries(given ?? {})) {
    if (!declared.has(name))
      problems.push({ field: `parameters.${name}`, message: 'the template has no such parameter' });
    else values[name] = String(value);
  }
  const typed = (value) => {
    if (value === 'true' || value === 'false') return value === 'true';
    const number = Number(String(value).trim());
    return String(value).trim() !== '' && Number.isFinite(number) ? number : value;
  };
  const fill = (node, path) => {
    if (Array.isArray(node)) return node.map((item, i) => fill(item, `${path}[${i}]`));
    if (node && typeof node === 'object')
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v, `${path}.${k}`)]));
    if (typeof node !== 'string') return node;
    const whole = PLACEHOLDER_ONLY.exec(node);
    if (whole) {
      if (!(whole[1] in values)) {
        problems.push({ field: path, message: `no value for parameter ${whole[1]}` });
        return node;
      }
      return typed(values[whole[1]]);
    }
    return node.replace(PLACEHOLDER, (_, name) => {
      if (!(name in values)) {
        problems.push({ field: path, message: `no value for parameter ${name}` });
        return '';
      }
      return values[name];
    });
  };
  const spec = fill(JSON.parse(template.spec), 'spec');
  if (problems.length) throw new SeedProblems(problems);
  return spec;
}

/** A template draft's problems (400), before the name check. */
export function templateProblems(draft) {
  const problems = [];
  const name = String(draft?.name ?? '').trim();
  if (!name || name.length > 120)
    problems.push({ field: 'name', message: 'is required, at most 120 characters' });
  if (!draft?.spec || typeof draft.spec !== 'object' || Array.isArray(draft.spec))
    problems.push({ field: 'spec', message: 'a seed spec object is required' });
  const seen = new Set();
  for (const p of draft?.parameters ?? []) {
    if (!p || !PARAMETER_NAME.test(String(p.name ?? ''))) {
      problems.push({ field: 'parameters', message: 'names are letters, digits and _' });
      break;
    }
    if (seen.has(p.name)) {
      problems.push({ field: 'parameters', message: `${p.name} is declared twice` });
      break;
    }
    seen.add(p.name);
  }
  return problems;
}
