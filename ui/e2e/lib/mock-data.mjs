// The mock platform's databases: deterministic in-memory rows for the tables of a snapshot's model
// (realistic ones for the shop fixture, generic ones for the rest), the data explorer over them
// (paging, sorting, filters, writes with the checks a database makes, related rows), and the
// schema heuristics (table roles and domains, detected references, inferred relations).
// A test double that follows the documented API, not the introspection service's algorithms.

const id = (t) => `${t.name.schema}.${t.name.name}`;
const FIRST = ['Ada', 'Bob', 'Chloé', 'Dara', 'Emil', 'Fatou', 'Gus', 'Hana', 'Ivo', 'Jun'];
const LAST = ['Lovelace', 'Martin', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Silva'];
const WORDS = ['classic', 'deluxe', 'mini', 'pro', 'eco', 'vintage', 'smart', 'travel', 'family'];
const ITEMS = ['lamp', 'mug', 'notebook', 'kettle', 'backpack', 'candle', 'blanket', 'puzzle'];
const DAY = 86_400_000;
const EPOCH = Date.UTC(2025, 0, 1, 9, 0, 0);
const iso = (ms) => new Date(ms).toISOString();

/** An error the routes turn into problem+json. */
export class MockError extends Error {
  constructor(status, code, detail, errors = null) {
    super(detail);
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = errors;
  }
}

const invalid = (field, message) =>
  new MockError(400, 'VALIDATION_FAILED', 'The request is not valid.', [{ field, message }]);
const refused = (detail) => new MockError(422, 'TARGET_QUERY_FAILED', detail);

function seeded(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

// ---------------------------------------------------------------- rows

/** Rows of the shop fixture's tables (whichever of them the model has). */
function shopRows(model) {
  const has = (name) =>
    model.tables.some((t) => t.name.schema === 'public' && t.name.name === name);
  const random = seeded(7);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const rows = new Map();
  const categoryNames = [
    'Home',
    'Kitchen',
    'Outdoors',
    'Toys',
    'Lighting',
    'Tableware',
    'Camping',
    'Garden',
    'Board games',
    'Puzzles',
    'Bedding',
    'Stationery',
  ];
  rows.set(
    'public.categories',
    categoryNames.map((name, i) => ({
      id: i + 1,
      parent_id: i < 4 ? null : (i % 4) + 1,
      name,
      slug: name.toLowerCase().replace(/\s+/g, '-'),
    })),
  );
  const customers = [];
  for (let i = 1; i <= 60; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 3) % LAST.length];
    customers.push({
      id: i,
      email: `${first.toLowerCase().replace('é', 'e')}.${last.toLowerCase()}${i}@example.test`,
      name: `${first} ${last}`,
      status: i % 9 === 0 ? 'blocked' : 'active',
      created_at: iso(EPOCH + i * 3 * DAY + i * 3_600_000),
    });
  }
  rows.set('public.customers', customers);
  const products = [];
  for (let i = 1; i <= 40; i++) {
    const name = `${WORDS[i % WORDS.length]} ${ITEMS[(i * 5) % ITEMS.length]}`;
    products.push({
      id: i,
      category_id: 5 + (i % 8),
      sku: `SKU-${String(1000 + i)}`,
      name: name[0].toUpperCase() + name.slice(1),
      price_cents: 450 + ((i * 733) % 9000),
      search: name
        .split(' ')
        .map((w, n) => `'${w}':${n + 1}`)
        .join(' '),
    });
  }
  rows.set('public.products', products);
  const orderColumns = model.tables.find((t) => id(t) === 'public.orders')?.columns ?? [];
  const statuses = orderColumns.find((c) => c.name === 'status')?.enumValues ?? [
    'pending',
    'paid',
    'shipped',
  ];
  const orders = [];
  const items = [];
  for (let i = 1; i <= 150; i++) {
    const lines = 1 + Math.floor(random() * 4);
    const chosen = new Set();
    let total = 0;
    for (let n = 0; n < lines; n++) {
      const product = products[Math.floor(random() * products.length)];
      if (chosen.has(product.id)) continue;
      chosen.add(product.id);
      const quantity = 1 + Math.floor(random() * 3);
      items.push({
        order_id: i,
        product_id: product.id,
        quantity,
        unit_price_cents: product.price_cents,
      });
      total += quantity * product.price_cents;
    }
    const order = {
      id: i,
      customer_id: 1 + ((i * 7) % 60),
      status: statuses[i % 7 === 0 ? statuses.length - 1 : i % Math.min(4, statuses.length)],
      total_cents: total,
      placed_at: iso(EPOCH + 200 * DAY + i * 9 * 3_600_000),
    };
    if (orderColumns.some((c) => c.name === 'discount_cents'))
      order.discount_cents = i % 5 === 0 ? 500 : 0;
    orders.push(order);
  }
  rows.set('public.orders', orders);
  rows.set('public.order_items', items);
  const departments = ['Engineering', 'Sales', 'Support', 'Finance'];
  rows.set(
    'public.departments',
    departments.map((name, i) => ({ id: i + 1, name, manager_id: i + 1 })),
  );
  rows.set(
    'public.employees',
    Array.from({ length: 20 }, (_, n) => {
      const i = n + 1;
      const first = FIRST[(i * 7) % FIRST.length];
      const last = LAST[i % LAST.length];
      return {
        id: i,
        department_id: i <= 4 ? i : 1 + (i % 4),
        email: `${first.toLowerCase().replace('é', 'e')}.${last.toLowerCase()}@shop.example`,
        name: `${first} ${last}`,
      };
    }),
  );
  if (has('coupons'))
    rows.set('public.coupons', [
      { id: 1, code: 'WELCOME10', percent: 10, customer_id: null, rules: { firstOrder: true } },
      {
        id: 2,
        code: 'SPRING25',
        percent: 25,
        customer_id: null,
        rules: {
          validFrom: '2026-03-20',
          validTo: '2026-06-20',
          categories: ['Garden', 'Outdoors', 'Camping'],
          minimumCents: 5000,
          stackable: false,
        },
      },
      { id: 3, code: 'ADA-VIP', percent: 15, customer_id: 10, rules: { maxUses: 3 } },
      { id: 4, code: 'SORRY5', percent: 5, customer_id: 18, rules: null },
    ]);
  if (has('audit_log'))
    rows.set(
      'public.audit_log',
      Array.from({ length: 40 }, (_, n) => ({
        id: n + 1,
        payload: {
          action: pick(['order.paid', 'order.shipped', 'customer.updated']),
          orderId: 1 + n * 3,
          actor: pick(FIRST).toLowerCase(),
          changes: { status: ['pending', 'paid'] },
        },
        recorded_at: iso(EPOCH + 220 * DAY + n * 600_000),
      })),
    );
  const totals = new Map();
  for (const o of orders) {
    const t = totals.get(o.customer_id) ?? {
      customer_id: o.customer_id,
      orders: 0,
      total_cents: 0,
    };
    t.orders++;
    t.total_cents += o.total_cents;
    totals.set(o.customer_id, t);
  }
  rows.set(
    'public.order_totals',
    [...totals.values()].sort((a, b) => a.customer_id - b.customer_id),
  );
  rows.set(
    'reporting.daily_sales',
    Array.from({ length: 30 }, (_, n) => ({
      day: iso(EPOCH + 200 * DAY + n * DAY).slice(0, 10),
      orders: 3 + ((n * 5) % 9),
      revenue_cents: 12_000 + ((n * 7919) % 40_000),
    })),
  );
  for (const key of [...rows.keys()])
    if (!model.tables.some((t) => id(t) === key)) rows.delete(key);
  return rows;
}

/** Generic rows for any other table: 30 per table, foreign keys pointing at ids 1..30. */
function genericRows(table) {
  const rows = [];
  for (let i = 1; i <= 30; i++) {
    const row = {};
    for (const c of table.columns) row[c.name] = genericValue(table, c, i);
    rows.push(row);
  }
  return rows;
}

function genericValue(table, column, i) {
  if (column.identity !== 'NONE' || column.name === 'id') return i;
  if (column.generated) return null;
  if (/_id$/.test(column.name)) return column.nullable && i % 6 === 0 ? null : 1 + ((i * 7) % 30);
  switch (column.category) {
    case 'INTEGER':
      return i * 10;
    case 'DECIMAL':
      return (i * 1.5).toFixed(2);
    case 'BOOLEAN':
      return i % 2 === 0;
    case 'TIMESTAMP':
      return iso(EPOCH + i * DAY);
    case 'DATE':
      return iso(EPOCH + i * DAY).slice(0, 10);
    case 'ENUM':
      return column.enumValues[i % Math.max(1, column.enumValues.length)] ?? null;
    case 'JSON':
      return { n: i };
    case 'UUID':
      return `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    default:
      return `${table.name.name.replace(/_\d+$/, '')} ${i}`;
  }
}

function generate(model) {
  const shop = model.tables.some((t) => id(t) === 'public.orders');
  const base = shop ? shopRows(model) : new Map();
  const tables = new Map();
  for (const t of model.tables) {
    const rows = base.get(id(t)) ?? genericRows(t);
    const identity = t.columns.find((c) => c.identity !== 'NONE');
    const nextId = identity
      ? Math.max(0, ...rows.map((r) => Number(r[identity.name]) || 0)) + 1
      : 1;
    tables.set(id(t), { table: t, rows, nextId });
  }
  return tables;
}

// ---------------------------------------------------------------- values

const INTEGER = /^[-+]?\d+$/;
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A request value (JSON body or query text) typed for the column, or a 400 on `field`. */
export function convert(value, column, field) {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value.trim() : value;
  const fail = (expected) => {
    throw invalid(field, `must be ${expected}`);
  };
  switch (column.category) {
    case 'INTEGER':
      if (typeof text === 'number' && Number.isInteger(text)) return text;
      if (typeof text !== 'string' || !INTEGER.test(text)) fail('a whole number');
      return Number(text);
    case 'DECIMAL':
    case 'FLOAT':
      if (typeof text === 'number') return text;
      if (typeof text !== 'string' || !DECIMAL.test(text)) fail('a number');
      return column.category === 'FLOAT' ? Number(text) : text;
    case 'BOOLEAN':
      if (typeof value === 'boolean') return value;
      if (/^(true|t|1|yes|on)$/i.test(String(text))) return true;
      if (/^(false|f|0|no|off)$/i.test(String(text))) return false;
      return fail('true or false');
    case 'ENUM':
      if (column.enumValues.length && !column.enumValues.includes(String(value)))
        fail(`one of ${column.enumValues.join(', ')}`);
      return String(value);
    case 'TIMESTAMP': {
      const normalised = String(text).replace(' ', 'T');
      if (Number.isNaN(Date.parse(normalised))) fail('a date and time (ISO 8601)');
      return new Date(normalised).toISOString();
    }
    case 'DATE':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(String(text))) fail('a date (yyyy-mm-dd)');
      return String(text);
    case 'UUID':
      if (!UUID.test(String(text))) fail('a UUID');
      return String(text).toLowerCase();
    case 'JSON':
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value);
      } catch {
        return fail('JSON text');
      }
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

function compareValues(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const x = typeof a === 'object' ? JSON.stringify(a) : String(a);
  const y = typeof b === 'object' ? JSON.stringify(b) : String(b);
  const nx = Number(x);
  const ny = Number(y);
  if (x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
  return x < y ? -1 : x > y ? 1 : 0;
}

const same = (a, b) => a !== null && b !== null && compareValues(a, b) === 0;

function likeRegex(pattern, insensitive) {
  const source = pattern
    .split('')
    .map((ch) => (ch === '%' ? '.*' : ch === '_' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, insensitive ? 'is' : 's');
}

const OPS = ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'like', 'ilike', 'null', 'notnull', 'in'];

function parseFilter(text, table) {
  const first = text.indexOf(':');
  if (first < 0) throw invalid('filter', 'must look like column:op:value');
  const second = text.indexOf(':', first + 1);
  const name = text.slice(0, first);
  const op = second < 0 ? text.slice(first + 1) : text.slice(first + 1, second);
  const raw = second < 0 ? null : text.slice(second + 1);
  const column = table.columns.find((c) => c.name === name);
  if (!column) throw invalid('filter', `'${name}' is not a column of ${id(table)}`);
  if (!OPS.includes(op))
    throw invalid('filter', `'${op}' is not an operator (use ${OPS.join(', ')})`);
  if (op === 'null' || op === 'notnull') {
    if (raw) throw invalid('filter', `${op} takes no value`);
    return { column, op, values: [] };
  }
  if (raw === null) throw invalid('filter', `${op} needs a value (column:op:value)`);
  if (op === 'like' || op === 'ilike')
    return { column, op, values: [likeRegex(raw, op === 'ilike')] };
  const parts = op === 'in' ? raw.split('|') : [raw];
  return { column, op, values: parts.map((p) => convert(p, column, 'filter')) };
}

function matches(row, filter) {
  const value = row[filter.column.name];
  const [v] = filter.values;
  switch (filter.op) {
    case 'null':
      return value === null || value === undefined;
    case 'notnull':
      return value !== null && value !== undefined;
    case 'like':
    case 'ilike':
      return (
        value !== null && v.test(typeof value === 'object' ? JSON.stringify(value) : String(value))
      );
    case 'in':
      return filter.values.some((x) => same(value, x));
    default: {
      if (value === null || value === undefined) return false;
      const c = compareValues(value, v);
      return { eq: c === 0, ne: c !== 0, lt: c < 0, le: c <= 0, gt: c > 0, ge: c >= 0 }[filter.op];
    }
  }
}

// ---------------------------------------------------------------- the explorer

/** The explorer of one mock platform: a row store per connection and snapshot. */
export function createExplorer() {
  const stores = new Map(); // connectionId -> { snapshotId, tables }

  const storeOf = (connectionId, snapshot) => {
    let store = stores.get(connectionId);
    if (!store || store.snapshotId !== snapshot.summary.id) {
      store = { snapshotId: snapshot.summary.id, tables: generate(snapshot.model) };
      stores.set(connectionId, store);
    }
    return store;
  };

  const tableOf = (store, name, { writable = false } = {}) => {
    const entry = store.tables.get(String(name ?? ''));
    if (!entry) throw invalid('table', `'${name}' is not a table of the newest snapshot`);
    if (writable) {
      if (entry.table.kind !== 'TABLE')
        throw invalid('table', 'is a view, so its rows can be browsed but not changed');
      if (!entry.table.primaryKey?.columns.length)
        throw invalid('table', 'has no primary key, so its rows can be browsed but not changed');
    }
    return entry;
  };

  const columnsOf = (table) => {
    const key = new Set(table.primaryKey?.columns ?? []);
    return table.columns.map((c) => ({
      name: c.name,
      dataType: c.dataType,
      category: c.category,
      nullable: c.nullable,
      primaryKey: key.has(c.name),
    }));
  };

  const parseKey = (text, table) => {
    let key = text;
    if (typeof text === 'string') {
      try {
        key = JSON.parse(text);
      } catch {
        throw invalid('key', 'is not valid JSON');
      }
    }
    if (!key || typeof key !== 'object' || Array.isArray(key))
      throw invalid('key', 'is required: a JSON object of the primary key');
    const columns = table.primaryKey?.columns ?? [];
    const result = {};
    for (const name of columns) {
      if (!(name in key)) throw invalid('key', `needs a value for ${name}`);
      result[name] = convert(
        key[name],
        table.columns.find((c) => c.name === name),
        'key',
      );
    }
    return result;
  };

  const findRow = (entry, key) =>
    entry.rows.find((r) => Object.entries(key).every(([c, v]) => same(r[c], v))) ?? null;

  /** Values of a write, typed and checked like the service does (400 on `values.<column>`). */
  const parseValues = (table, values) => {
    if (!values || typeof values !== 'object' || Array.isArray(values))
      throw invalid('values', 'is required (a JSON object)');
    const errors = [];
    const typed = {};
    for (const [name, value] of Object.entries(values)) {
      const field = `values.${name}`;
      const column = table.columns.find((c) => c.name === name);
      if (!column) {
        errors.push({ field, message: `'${name}' is not a column of ${id(table)}` });
        continue;
      }
      if (column.generated || column.identity === 'ALWAYS') {
        errors.push({ field, message: 'is filled by the database and cannot be written' });
        continue;
      }
      if (value === null && !column.nullable) {
        errors.push({ field, message: 'must not be null' });
        continue;
      }
      try {
        typed[name] = convert(value, column, field);
      } catch (e) {
        if (e instanceof MockError) errors.push(...e.errors);
        else throw e;
      }
    }
    if (errors.length)
      throw new MockError(400, 'VALIDATION_FAILED', 'The request is not valid.', errors);
    return typed;
  };

  /** The checks the database makes: not null, checks, unique keys, foreign keys. */
  const checkRow = (store, entry, row, previous = null) => {
    const t = entry.table;
    const relation = t.name.name;
    for (const c of t.columns)
      if (!c.nullable && (row[c.name] === null || row[c.name] === undefined) && !c.generated)
        throw refused(
          `null value in column "${c.name}" of relation "${relation}" violates not-null constraint`,
        );
    for (const check of t.checks) {
      const simple = /^\((\w+) (>=|>|<=|<) (-?\d+)\)$/.exec(check.expression);
      if (!simple) continue;
      const value = Number(row[simple[1]]);
      const limit = Number(simple[3]);
      const ok = {
        '>=': value >= limit,
        '>': value > limit,
        '<=': value <= limit,
        '<': value < limit,
      }[simple[2]];
      if (row[simple[1]] !== null && !ok)
        throw refused(
          `new row for relation "${relation}" violates check constraint "${check.name}"`,
        );
    }
    const uniques = [
      ...(t.primaryKey
        ? [{ name: t.primaryKey.name ?? `${relation}_pkey`, columns: t.primaryKey.columns }]
        : []),
      ...t.uniqueConstraints,
    ];
    for (const u of uniques) {
      const clash = entry.rows.find(
        (r) => r !== previous && u.columns.every((c) => same(r[c], row[c])),
      );
      if (clash)
        throw refused(
          `duplicate key value violates unique constraint "${u.name}": Key (${u.columns.join(', ')})=(${u.columns.map((c) => row[c]).join(', ')}) already exists.`,
        );
    }
    for (const fk of t.foreignKeys) {
      const values = fk.columns.map((c) => row[c]);
      if (values.some((v) => v === null || v === undefined)) continue;
      const parent = store.tables.get(`${fk.referencedTable.schema}.${fk.referencedTable.name}`);
      if (!parent) continue;
      const found = parent.rows.some((r) =>
        fk.referencedColumns.every((c, n) => same(r[c], values[n])),
      );
      if (!found)
        throw refused(
          `insert or update on table "${relation}" violates foreign key constraint "${fk.name}": Key (${fk.columns.join(', ')})=(${values.join(', ')}) is not present in table "${fk.referencedTable.name}".`,
        );
    }
  };

  const defaultOf = (column) => {
    const text = column.defaultValue;
    if (text === null) return null;
    if (/now\(\)|current_timestamp/i.test(text)) return new Date().toISOString();
    const quoted = /^'(.*)'(::.*)?$/.exec(text);
    if (quoted) return quoted[1];
    if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
    return null;
  };

  const generatedOf = (column, row) => {
    if (column.dataType === 'tsvector') {
      const source = row.name ?? row.note ?? '';
      return String(source)
        .toLowerCase()
        .split(/\s+/)
        .filter(Boolean)
        .map((w, n) => `'${w}':${n + 1}`)
        .join(' ');
    }
    return null;
  };

  return {
    /** `GET …/rows`. */
    browse(connectionId, snapshot, tableName, { page, size, sort, filters, count }) {
      const store = storeOf(connectionId, snapshot);
      const entry = tableOf(store, tableName);
      const t = entry.table;
      const pageNumber = page === null || page === '' ? 0 : Number(page);
      const pageSize = size === null || size === '' ? 50 : Number(size);
      if (!Number.isInteger(pageNumber) || pageNumber < 0)
        throw invalid('page', 'must be between 0 and 1000000');
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 500)
        throw invalid('size', 'must be between 1 and 500');
      if (filters.length > 20) throw invalid('filter', 'may be given at most 20 times');
      const conditions = filters.map((f) => parseFilter(f, t));
      const keys = [];
      for (const part of sort
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean)) {
        const descending = part.startsWith('-');
        const name = descending ? part.slice(1) : part;
        if (!t.columns.some((c) => c.name === name))
          throw invalid('sort', `'${name}' is not a column of ${id(t)}`);
        keys.push({ name, descending });
      }
      for (const name of t.primaryKey?.columns ?? [])
        if (!keys.some((k) => k.name === name)) keys.push({ name, descending: false });
      const matching = entry.rows.filter((r) => conditions.every((c) => matches(r, c)));
      const sorted = [...matching].sort((a, b) => {
        for (const k of keys) {
          const x = a[k.name];
          const y = b[k.name];
          const nx = x === null || x === undefined;
          const ny = y === null || y === undefined;
          if (nx || ny) {
            if (nx && ny) continue;
            // Like PostgreSQL: NULLS LAST ascending, NULLS FIRST descending.
            return (nx ? 1 : -1) * (k.descending ? -1 : 1);
          }
          const c = compareValues(x, y);
          if (c) return k.descending ? -c : c;
        }
        return 0;
      });
      const from = pageNumber * pageSize;
      return {
        table: id(t),
        columns: columnsOf(t),
        primaryKey: t.primaryKey?.columns ?? [],
        rows: sorted.slice(from, from + pageSize),
        page: pageNumber,
        size: pageSize,
        hasMore: sorted.length > from + pageSize,
        rowEstimate: t.rowEstimate >= 0 ? t.rowEstimate : entry.rows.length,
        ...(count ? { total: sorted.length } : {}),
      };
    },

    /** `POST …/rows`: the stored row. */
    insert(connectionId, snapshot, tableName, values) {
      const store = storeOf(connectionId, snapshot);
      const entry = tableOf(store, tableName, { writable: true });
      const typed = parseValues(entry.table, values);
      const row = {};
      for (const c of entry.table.columns) {
        if (c.name in typed) row[c.name] = typed[c.name];
        else if (c.identity !== 'NONE') row[c.name] = entry.nextId;
        else row[c.name] = defaultOf(c);
      }
      for (const c of entry.table.columns) if (c.generated) row[c.name] = generatedOf(c, row);
      checkRow(store, entry, row);
      const identity = entry.table.columns.find((c) => c.identity !== 'NONE');
      if (identity) entry.nextId = Math.max(entry.nextId, Number(row[identity.name]) || 0) + 1;
      entry.rows.push(row);
      return row;
    },

    /** `PATCH …/rows`: the changed row. */
    update(connectionId, snapshot, tableName, keyInput, values) {
      const store = storeOf(connectionId, snapshot);
      const entry = tableOf(store, tableName, { writable: true });
      const key = parseKey(keyInput, entry.table);
      const typed = parseValues(entry.table, values);
      const row = findRow(entry, key);
      if (!row) throw new MockError(404, 'NOT_FOUND', 'A row with this key does not exist.');
      const next = { ...row, ...typed };
      for (const c of entry.table.columns) if (c.generated) next[c.name] = generatedOf(c, next);
      checkRow(store, entry, next, row);
      Object.assign(row, next);
      return row;
    },

    /** `DELETE …/rows?key=`: cascades, sets null or refuses like the foreign keys say. */
    remove(connectionId, snapshot, tableName, keyText) {
      const store = storeOf(connectionId, snapshot);
      const entry = tableOf(store, tableName, { writable: true });
      const key = parseKey(keyText, entry.table);
      const row = findRow(entry, key);
      if (!row) throw new MockError(404, 'NOT_FOUND', 'A row with this key does not exist.');
      const effects = [];
      for (const child of store.tables.values())
        for (const fk of child.table.foreignKeys) {
          if (`${fk.referencedTable.schema}.${fk.referencedTable.name}` !== id(entry.table))
            continue;
          const pointing = child.rows.filter(
            (r) =>
              r !== row && fk.columns.every((c, n) => same(r[c], row[fk.referencedColumns[n]])),
          );
          if (!pointing.length) continue;
          if (fk.onDelete === 'CASCADE')
            effects.push(() => (child.rows = child.rows.filter((r) => !pointing.includes(r))));
          else if (fk.onDelete === 'SET_NULL')
            effects.push(() => pointing.forEach((r) => fk.columns.forEach((c) => (r[c] = null))));
          else
            throw refused(
              `update or delete on table "${entry.table.name.name}" violates foreign key constraint "${fk.name}" on table "${child.table.name.name}": Key (${fk.referencedColumns.join(', ')})=(${fk.referencedColumns.map((c) => row[c]).join(', ')}) is still referenced from table "${child.table.name.name}".`,
            );
        }
      for (const effect of effects) effect();
      entry.rows = entry.rows.filter((r) => r !== row);
    },

    /** `GET …/related?key=`: the row, its parents and the first children per foreign key. */
    related(connectionId, snapshot, tableName, keyText, childLimit = 5) {
      const store = storeOf(connectionId, snapshot);
      const entry = tableOf(store, tableName);
      if (!entry.table.primaryKey?.columns.length)
        throw invalid('table', 'has no primary key, so a row cannot be named');
      const key = parseKey(keyText, entry.table);
      const row = findRow(entry, key);
      if (!row) throw new MockError(404, 'NOT_FOUND', 'A row with this key does not exist.');
      const parents = entry.table.foreignKeys.map((fk) => {
        const table = `${fk.referencedTable.schema}.${fk.referencedTable.name}`;
        const values = fk.columns.map((c) => row[c]);
        const parent = store.tables.get(table);
        const found =
          values.some((v) => v === null || v === undefined) || !parent
            ? null
            : (parent.rows.find((r) =>
                fk.referencedColumns.every((c, n) => same(r[c], values[n])),
              ) ?? null);
        return {
          foreignKey: fk.name,
          table,
          columns: fk.columns,
          referencedColumns: fk.referencedColumns,
          row: found,
        };
      });
      const children = [];
      for (const child of store.tables.values())
        for (const fk of child.table.foreignKeys) {
          if (`${fk.referencedTable.schema}.${fk.referencedTable.name}` !== id(entry.table))
            continue;
          const pointing = child.rows.filter((r) =>
            fk.columns.every((c, n) => same(r[c], row[fk.referencedColumns[n]])),
          );
          children.push({
            foreignKey: fk.name,
            table: id(child.table),
            columns: fk.columns,
            referencedColumns: fk.referencedColumns,
            rows: pointing.slice(0, childLimit),
            hasMore: pointing.length > childLimit,
          });
        }
      children.sort(
        (a, b) => a.table.localeCompare(b.table) || a.foreignKey.localeCompare(b.foreignKey),
      );
      return { table: id(entry.table), key, row, parents, children };
    },
  };
}

// ---------------------------------------------------------------- heuristics

const DOMAINS = {
  identity: 'user account role permission session login token profile member',
  billing: 'invoice payment charge refund subscription billing tax ledger currency discount coupon',
  geography: 'country region city address location',
  catalogue: 'product category sku brand catalog inventory stock variant price warehouse',
  commerce: 'order cart checkout shipment delivery customer sale purchase item line quantity',
  hr: 'employee staff department salary payroll manager',
  communication: 'message email notification',
  audit: 'audit log history event trail',
  content: 'post article comment media file document tag',
};

const singular = (word) =>
  word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word;

function domainOf(name) {
  const words = name
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .map(singular);
  let best = { domain: 'other', confidence: 0 };
  for (const [domain, list] of Object.entries(DOMAINS)) {
    const vocabulary = new Set(list.split(' '));
    const hits = words.filter((w) => vocabulary.has(w)).length;
    if (!hits) continue;
    const confidence = Math.round((0.5 + (0.45 * hits) / words.length) * 100) / 100;
    if (confidence > best.confidence) best = { domain, confidence };
  }
  return best;
}

function roleOf(table) {
  const name = table.name.name.toLowerCase();
  const pk = table.primaryKey?.columns ?? [];
  const fkColumns = new Set(table.foreignKeys.flatMap((f) => f.columns));
  if (/(^|_)(log|logs|history|events?|audit)($|_)/.test(name))
    return ['log', 'Its name says it records what happened (log, history, events).'];
  if (/(settings?|config|configuration|preferences?|options?)$/.test(name))
    return ['configuration', 'Its name says it holds settings.'];
  if (pk.length >= 2 && pk.every((c) => fkColumns.has(c)))
    return ['junction', `Its key is made of foreign keys (${pk.join(', ')}): it links two tables.`];
  const labels = table.columns.filter((c) => /^(name|slug|code|label|title)$/.test(c.name));
  // A list to choose from: small, labelled, pointing at nothing but itself.
  const pointsOut =
    table.foreignKeys.some(
      (f) => `${f.referencedTable.schema}.${f.referencedTable.name}` !== id(table),
    ) || table.columns.some((c) => /_id$/.test(c.name) && c.name !== 'parent_id');
  if (
    labels.length &&
    !pointsOut &&
    table.columns.length <= 5 &&
    table.rowEstimate >= 0 &&
    table.rowEstimate < 1000
  )
    return [
      'lookup',
      `Few rows with a ${labels.map((c) => c.name).join(' and a ')}: a list to choose from.`,
    ];
  return ['entity', `A key and ${table.columns.length} columns describing one thing each row.`];
}

/** Enum types, and lookup tables (by role). */
export function detectedReferences(model) {
  const references = model.enums.map((e) => ({
    name: e.name.name,
    kind: 'ENUM_TYPE',
    source: `${e.name.schema}.${e.name.name}`,
    values: e.values,
  }));
  for (const t of model.tables) {
    if (t.kind !== 'TABLE' || roleOf(t)[0] !== 'lookup' || t.primaryKey?.columns.length !== 1)
      continue;
    references.push({
      name: t.name.name,
      kind: 'LOOKUP_TABLE',
      source: `${id(t)}.${t.primaryKey.columns[0]}`,
      values: [],
    });
  }
  return references;
}

/** `x_id` columns without a foreign key whose name matches a table `x`/`xs` keyed by `id`. */
export function inferredRelations(model) {
  const byName = new Map(model.tables.filter((t) => t.kind === 'TABLE').map((t) => [id(t), t]));
  const result = [];
  for (const t of model.tables) {
    const declared = new Set(t.foreignKeys.flatMap((f) => f.columns));
    for (const c of t.columns) {
      const match = /^(.+)_id$/.exec(c.name);
      if (!match || declared.has(c.name)) continue;
      if (t.primaryKey?.columns.includes(c.name) && t.primaryKey.columns.length === 1) continue;
      const stem = match[1];
      const target = [`${stem}s`, `${stem}es`, stem, `${stem.replace(/y$/, 'ies')}`]
        .map((n) => byName.get(`${t.name.schema}.${n}`))
        .find((x) => x && x !== t && x.primaryKey?.columns.length === 1);
      if (!target) continue;
      const view = t.kind !== 'TABLE';
      result.push({
        fromTable: t.name,
        fromColumns: [c.name],
        toTable: target.name,
        toColumns: [target.primaryKey.columns[0]],
        confidence: view ? 0.6 : 0.85,
        reason: `${c.name} names ${target.name.name}.${target.primaryKey.columns[0]} and no foreign key declares it${view ? ' (a view)' : ''}.`,
      });
    }
  }
  return result;
}

/** `GET …/schema/insights`. */
export function schemaInsights(snapshotId, model) {
  const tables = model.tables
    .filter((t) => t.kind === 'TABLE')
    .map((t) => {
      const [role, roleReason] = roleOf(t);
      const { domain, confidence } = domainOf(t.name.name);
      return { table: id(t), role, roleReason, domain, domainConfidence: confidence };
    })
    .sort((a, b) => a.table.localeCompare(b.table));
  return {
    snapshotId,
    tables,
    references: detectedReferences(model),
    inferredRelations: inferredRelations(model),
  };
}

/** True for `schema.table` or `schema.table.column` of the model. */
export function targetExists(model, target) {
  const text = String(target ?? '');
  if (model.tables.some((t) => id(t) === text)) return true;
  const dot = text.lastIndexOf('.');
  if (dot <= 0) return false;
  const table = model.tables.find((t) => id(t) === text.slice(0, dot));
  return !!table?.columns.some((c) => c.name === text.slice(dot + 1));
}

/** True when `schema.table` exists and has every column. */
export function hasColumns(model, tableName, columns) {
  const table = model.tables.find((t) => id(t) === tableName);
  return (
    !!table &&
    Array.isArray(columns) &&
    columns.length > 0 &&
    columns.every((c) => table.columns.some((x) => x.name === c))
  );
}
