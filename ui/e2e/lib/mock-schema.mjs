// Schema fixtures and the schema computations of the mock platform: a small shop database (with
// a composite primary key, a self reference, a departments ↔ employees cycle, views, enums and a
// partial index) in two versions for the diff, a generated 1,200-table warehouse for the graph,
// and the graph, health audit and diff derived from a SchemaModel the way the API documents them.
// A test double: plausible, deterministic, not the introspection service's algorithms.

const q = (schema, name) => ({ schema, name });
const id = (t) => `${t.name.schema}.${t.name.name}`;

function column(name, position, dataType, options = {}) {
  return {
    name,
    position,
    dataType,
    category: options.category ?? categoryOf(dataType),
    length: options.length ?? null,
    precision: options.precision ?? null,
    scale: options.scale ?? null,
    nullable: options.nullable ?? true,
    defaultValue: options.defaultValue ?? null,
    identity: options.identity ?? 'NONE',
    generated: options.generated ?? null,
    enumValues: options.enumValues ?? [],
    comment: options.comment ?? null,
  };
}

function categoryOf(type) {
  if (/int|serial/.test(type)) return 'INTEGER';
  if (/numeric|decimal/.test(type)) return 'DECIMAL';
  if (/char|text|citext/.test(type)) return 'TEXT';
  if (/timestamp/.test(type)) return 'TIMESTAMP';
  if (/^date$/.test(type)) return 'DATE';
  if (/bool/.test(type)) return 'BOOLEAN';
  if (/json/.test(type)) return 'JSON';
  if (/uuid/.test(type)) return 'UUID';
  return 'OTHER';
}

function table(schema, name, columns, options = {}) {
  return {
    name: q(schema, name),
    kind: options.kind ?? 'TABLE',
    columns: columns.map((c, i) => column(c[0], i + 1, c[1], c[2] ?? {})),
    primaryKey: options.pk ? { name: `${name}_pkey`, columns: options.pk } : null,
    foreignKeys: (options.fks ?? []).map((fk) => ({
      name: fk.name ?? `${name}_${fk.columns.join('_')}_fkey`,
      columns: fk.columns,
      referencedTable: q(fk.schema ?? schema, fk.table),
      referencedColumns: fk.refColumns ?? ['id'],
      onDelete: fk.onDelete ?? 'NO_ACTION',
      onUpdate: 'NO_ACTION',
      deferrable: fk.deferrable ?? false,
      initiallyDeferred: fk.deferrable ?? false,
    })),
    uniqueConstraints: (options.unique ?? []).map((cols) => ({
      name: `${name}_${cols.join('_')}_key`,
      columns: cols,
    })),
    checks: (options.checks ?? []).map(([checkName, expression]) => ({
      name: checkName,
      expression,
    })),
    indexes: [
      ...(options.pk
        ? [index(`${name}_pkey`, options.pk, { unique: true, primary: true, scans: 1200 })]
        : []),
      ...(options.unique ?? []).map((cols) =>
        index(`${name}_${cols.join('_')}_key`, cols, { unique: true, scans: 300 }),
      ),
      ...(options.indexes ?? []),
    ],
    comment: options.comment ?? null,
    rowEstimate: options.rows ?? -1,
    sizeBytes: options.size ?? -1,
    viewDefinition: options.definition ?? null,
    statistics:
      options.kind && options.kind !== 'TABLE'
        ? null
        : {
            sequentialScans: options.seqScans ?? 12,
            indexScans: options.indexScans ?? 3400,
            inserts: options.rows ?? 0,
            updates: Math.round((options.rows ?? 0) / 10),
          },
  };
}

function index(name, columns, options = {}) {
  return {
    name,
    columns,
    unique: options.unique ?? false,
    primary: options.primary ?? false,
    predicate: options.predicate ?? null,
    method: options.method ?? 'btree',
    sizeBytes: options.size ?? 16384,
    scans: options.scans ?? 25,
  };
}

const ORDER_STATUS = ['pending', 'paid', 'shipped', 'delivered', 'cancelled'];

/** The shop database; `version` 2 is the same database after a migration (for the diff). */
export function shopModel(version = 1, database = 'shop') {
  const v2 = version >= 2;
  const orderStatus = v2 ? [...ORDER_STATUS, 'refunded'] : ORDER_STATUS;
  const tables = [
    table(
      'public',
      'categories',
      [
        ['id', 'bigint', { nullable: false, identity: 'ALWAYS' }],
        ['parent_id', 'bigint'],
        ['name', 'varchar', { nullable: false, length: 80 }],
        ['slug', 'varchar', { nullable: false, length: 80 }],
      ],
      {
        pk: ['id'],
        unique: [['slug']],
        fks: [{ columns: ['parent_id'], table: 'categories', onDelete: 'SET_NULL' }],
        indexes: [index('categories_parent_id_idx', ['parent_id'])],
        rows: 240,
        size: 49152,
        comment: 'Product tree: a category may have a parent category.',
      },
    ),
    table(
      'public',
      'customers',
      [
        ['id', 'bigint', { nullable: false, identity: 'ALWAYS' }],
        v2
          ? ['email', 'citext', { nullable: false }]
          : ['email', 'varchar', { nullable: false, length: 255 }],
        ['name', 'text', { nullable: false }],
        [
          'status',
          'customer_status',
          {
            nullable: false,
            defaultValue: "'active'::customer_status",
            category: 'ENUM',
            enumValues: ['active', 'blocked'],
          },
        ],
        ['created_at', 'timestamptz', { nullable: false, defaultValue: 'now()' }],
      ],
      {
        pk: ['id'],
        unique: [['email']],
        rows: 182_400,
        size: 36_700_160,
        comment: 'People who buy.',
      },
    ),
    table(
      'public',
      'products',
      [
        ['id', 'bigint', { nullable: false, identity: 'BY_DEFAULT' }],
        ['category_id', 'bigint', { nullable: false }],
        ['sku', 'varchar', { nullable: false, length: 32 }],
        ['name', 'text', { nullable: false }],
        ['price_cents', 'integer', { nullable: false }],
        [
          'search',
          'tsvector',
          { generated: "to_tsvector('english'::regconfig, name)", category: 'OTHER' },
        ],
      ],
      {
        pk: ['id'],
        unique: [['sku']],
        fks: [{ columns: ['category_id'], table: 'categories' }],
        checks: [['products_price_cents_check', '(price_cents >= 0)']],
        indexes: [
          index('products_category_id_idx', ['category_id'], { scans: 800 }),
          index('products_search_idx', ['search'], { method: 'gin', size: 2_621_440, scans: 95 }),
        ],
        rows: 12_030,
        size: 4_194_304,
      },
    ),
    table(
      'public',
      'orders',
      [
        ['id', 'bigint', { nullable: false, identity: 'ALWAYS' }],
        ['customer_id', 'bigint', { nullable: false }],
        [
          'status',
          'order_status',
          {
            nullable: false,
            defaultValue: "'pending'::order_status",
            category: 'ENUM',
            enumValues: orderStatus,
          },
        ],
        ['total_cents', 'integer', { nullable: false, defaultValue: '0' }],
        ['placed_at', 'timestamptz', { nullable: false, defaultValue: 'now()' }],
        ...(v2 ? [['discount_cents', 'integer', { nullable: false, defaultValue: '0' }]] : []),
      ],
      {
        pk: ['id'],
        fks: [{ columns: ['customer_id'], table: 'customers' }],
        checks: [['orders_total_cents_check', '(total_cents >= 0)']],
        indexes: v2
          ? [index('orders_placed_at_idx', ['placed_at'], { scans: 5100 })]
          : [
              index('orders_open_idx', ['status'], {
                predicate: "(status <> 'delivered'::order_status)",
                scans: 0,
                size: 8192,
              }),
              index('orders_placed_at_idx', ['placed_at'], { scans: 5100 }),
            ],
        rows: 1_204_551,
        size: 142_606_336,
        seqScans: 4210,
      },
    ),
    table(
      'public',
      'order_items',
      [
        ['order_id', 'bigint', { nullable: false }],
        ['product_id', 'bigint', { nullable: false }],
        ['quantity', 'integer', { nullable: false, defaultValue: '1' }],
        ['unit_price_cents', 'integer', { nullable: false }],
      ],
      {
        pk: ['order_id', 'product_id'],
        fks: [
          { columns: ['order_id'], table: 'orders', onDelete: 'CASCADE' },
          { columns: ['product_id'], table: 'products' },
        ],
        checks: [['order_items_quantity_check', '(quantity > 0)']],
        indexes: v2 ? [index('order_items_product_id_idx', ['product_id'], { scans: 40 })] : [],
        rows: 3_880_120,
        size: 251_658_240,
        comment: 'One line of an order; the key is (order, product).',
      },
    ),
    table(
      'public',
      'departments',
      [
        ['id', 'integer', { nullable: false, identity: 'ALWAYS' }],
        ['name', 'text', { nullable: false }],
        ['manager_id', 'integer'],
      ],
      {
        pk: ['id'],
        fks: [{ columns: ['manager_id'], table: 'employees', deferrable: true }],
        rows: 14,
        size: 16384,
      },
    ),
    table(
      'public',
      'employees',
      [
        ['id', 'integer', { nullable: false, identity: 'ALWAYS' }],
        ['department_id', 'integer', { nullable: false }],
        ['email', 'varchar', { nullable: false, length: 255 }],
        ['name', 'text', { nullable: false }],
      ],
      {
        pk: ['id'],
        unique: [['email']],
        fks: [{ columns: ['department_id'], table: 'departments' }],
        indexes: [index('employees_department_id_idx', ['department_id'])],
        rows: 310,
        size: 65536,
      },
    ),
    ...(v2
      ? [
          table(
            'public',
            'coupons',
            [
              ['id', 'bigint', { nullable: false, identity: 'ALWAYS' }],
              ['code', 'varchar', { nullable: false, length: 24 }],
              ['percent', 'integer', { nullable: false }],
              // No foreign key on purpose: the heuristics infer coupons.customer_id → customers.
              ['customer_id', 'bigint'],
              ['rules', 'jsonb'],
            ],
            {
              pk: ['id'],
              unique: [['code']],
              checks: [['coupons_percent_check', '((percent > 0) AND (percent <= 100))']],
              rows: 0,
              size: 8192,
            },
          ),
        ]
      : [
          table(
            'public',
            'audit_log',
            [
              ['id', 'bigint', { nullable: false }],
              ['payload', 'jsonb'],
              ['recorded_at', 'timestamptz', { nullable: false, defaultValue: 'now()' }],
            ],
            { rows: 9_120_004, size: 1_610_612_736, seqScans: 88 },
          ),
        ]),
    table(
      'public',
      'order_totals',
      [
        ['customer_id', 'bigint'],
        ['orders', 'bigint'],
        ['total_cents', 'bigint'],
      ],
      {
        kind: 'VIEW',
        definition:
          'SELECT o.customer_id, count(*) AS orders, sum(o.total_cents) AS total_cents\n  FROM orders o\n GROUP BY o.customer_id;',
      },
    ),
    table(
      'reporting',
      'daily_sales',
      [
        ['day', 'date'],
        ['orders', 'bigint'],
        ['revenue_cents', 'bigint'],
      ],
      {
        kind: 'MATERIALIZED_VIEW',
        rows: 730,
        size: 57344,
        definition:
          "SELECT date_trunc('day', placed_at)::date AS day, count(*) AS orders, sum(total_cents) AS revenue_cents\n  FROM public.orders\n GROUP BY 1;",
      },
    ),
  ];
  return {
    engine: 'postgresql',
    serverVersion: '16.3',
    database,
    schemas: ['public', 'reporting'],
    tables: sortTables(tables),
    enums: [
      { name: q('public', 'customer_status'), values: ['active', 'blocked'] },
      { name: q('public', 'order_status'), values: orderStatus },
    ],
    sequences: [
      {
        name: q('public', 'orders_id_seq'),
        dataType: 'bigint',
        lastValue: 1_204_551,
        maxValue: 9_223_372_036_854_775_807,
        increment: 1,
        ownedBy: 'public.orders.id',
      },
    ],
  };
}

/**
 * A warehouse of 1,200 tables in six schemas, made of FK communities of different sizes (the
 * largest has 180 tables) joined by a few cross-community references, plus one cycle.
 * Returns the model and each table's community.
 */
export function warehouseModel(database = 'warehouse') {
  const sizes = [180, 150, 130, 110, 100, 90, 80, 60, 55, 50, 45, 40, 35, 30, 25, 20];
  const total = sizes.reduce((a, b) => a + b, 0);
  sizes.push(1200 - total); // 0 when the sizes already add up
  const schemas = ['sales', 'inventory', 'finance', 'logistics', 'hr', 'analytics'];
  const words = [
    'account',
    'batch',
    'claim',
    'entry',
    'event',
    'item',
    'ledger',
    'line',
    'log',
    'note',
    'order',
    'plan',
    'rate',
    'record',
    'slot',
    'task',
    'unit',
    'visit',
  ];
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const tables = [];
  const communities = new Map();
  let n = 0;
  sizes.forEach((size, community) => {
    if (size <= 0) return;
    const schema = schemas[community % schemas.length];
    const members = [];
    for (let i = 0; i < size; i++) {
      n++;
      const name = `${words[n % words.length]}_${String(n).padStart(4, '0')}`;
      const fks = [];
      if (i > 0) {
        const parent = members[Math.floor(random() * members.length)];
        fks.push({
          columns: ['parent_id'],
          table: parent.name,
          schema: parent.schema,
          nullable: false,
        });
        if (i > 3 && random() < 0.35) {
          const other = members[Math.floor(random() * members.length)];
          if (other !== parent)
            fks.push({
              columns: ['ref_id'],
              table: other.name,
              schema: other.schema,
              nullable: true,
            });
        }
      }
      members.push({ schema, name });
      communities.set(`${schema}.${name}`, community);
      const columns = [
        ['id', 'bigint', { nullable: false, identity: 'ALWAYS' }],
        ['label', 'text'],
        ['created_at', 'timestamptz', { nullable: false, defaultValue: 'now()' }],
        ...fks.map((fk) => [fk.columns[0], 'bigint', { nullable: fk.nullable }]),
      ];
      tables.push(
        table(schema, name, columns, {
          pk: ['id'],
          fks: fks.map((fk) => ({ columns: fk.columns, table: fk.table, schema: fk.schema })),
          indexes: fks.slice(0, 1).map((fk) => index(`${name}_${fk.columns[0]}_idx`, fk.columns)),
          rows: Math.round(random() * 5_000_000),
          size: Math.round(random() * 900_000_000),
        }),
      );
    }
  });
  // A few references between communities and one cycle between the two largest.
  const first = tables[0];
  const second = tables.find((t) => communities.get(id(t)) === 1);
  first.columns.push(column('owner_id', first.columns.length + 1, 'bigint'));
  first.foreignKeys.push({
    name: `${first.name.name}_owner_id_fkey`,
    columns: ['owner_id'],
    referencedTable: second.name,
    referencedColumns: ['id'],
    onDelete: 'NO_ACTION',
    onUpdate: 'NO_ACTION',
    deferrable: true,
    initiallyDeferred: true,
  });
  second.columns.push(column('origin_id', second.columns.length + 1, 'bigint'));
  second.foreignKeys.push({
    name: `${second.name.name}_origin_id_fkey`,
    columns: ['origin_id'],
    referencedTable: first.name,
    referencedColumns: ['id'],
    onDelete: 'NO_ACTION',
    onUpdate: 'NO_ACTION',
    deferrable: false,
    initiallyDeferred: false,
  });
  return {
    model: {
      engine: 'postgresql',
      serverVersion: '15.7',
      database,
      schemas: [...schemas].sort(),
      tables: sortTables(tables),
      enums: [],
      sequences: [],
    },
    communities,
  };
}

/** A tiny SQLite database. */
export function sqliteModel(database) {
  return {
    engine: 'sqlite',
    serverVersion: '3.45.1',
    database,
    schemas: ['main'],
    tables: [
      table(
        'main',
        'notes',
        [
          ['id', 'integer', { nullable: false, identity: 'AUTO_INCREMENT' }],
          ['body', 'text', { nullable: false }],
        ],
        { pk: ['id'], rows: -1, size: -1 },
      ),
    ],
    enums: [],
    sequences: [],
  };
}

function sortTables(tables) {
  return tables.sort((a, b) => id(a).localeCompare(id(b)));
}

export function summarize(model) {
  return {
    tableCount: model.tables.filter((t) => t.kind === 'TABLE').length,
    viewCount: model.tables.filter((t) => t.kind !== 'TABLE').length,
    columnCount: model.tables.reduce((n, t) => n + t.columns.length, 0),
    foreignKeyCount: model.tables.reduce((n, t) => n + t.foreignKeys.length, 0),
  };
}

/** `GET …/graph`: nodes, FK edges, cycles (strongly connected parts), insert order, communities. */
export function buildGraph(snapshotId, model, communities = null) {
  const started = Date.now();
  const tables = model.tables.filter((t) => t.kind === 'TABLE');
  const ids = new Set(tables.map(id));
  const edges = [];
  for (const t of tables)
    for (const fk of t.foreignKeys) {
      const target = `${fk.referencedTable.schema}.${fk.referencedTable.name}`;
      if (!ids.has(target)) continue;
      const nullable = fk.columns.every((c) => t.columns.find((col) => col.name === c)?.nullable);
      edges.push({
        id: `${id(t)}.${fk.name}`,
        source: id(t),
        target,
        name: fk.name,
        columns: fk.columns,
        nullable,
        selfReference: target === id(t),
        deferred: fk.initiallyDeferred,
      });
    }
  const out = new Map([...ids].map((i) => [i, []]));
  for (const e of edges) if (!e.selfReference) out.get(e.source).push(e.target);
  const cycles = stronglyConnected([...ids], out).filter((c) => c.length > 1);
  for (const e of edges) if (e.selfReference) cycles.push([e.source]);
  const community = communities ?? weakComponents([...ids], edges);
  const nodes = tables.map((t) => ({
    id: id(t),
    schema: t.name.schema,
    name: t.name.name,
    columnCount: t.columns.length,
    rowEstimate: t.rowEstimate,
    community: community.get(id(t)) ?? 0,
  }));
  return {
    snapshotId,
    nodes,
    edges,
    cycles,
    topologicalOrder: insertOrder([...ids], edges),
    buildMillis: Date.now() - started + 3,
  };
}

function stronglyConnected(ids, out) {
  let counter = 0;
  const indexOf = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const result = [];
  const visit = (v) => {
    indexOf.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of out.get(v)) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), indexOf.get(w)));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      result.push(component.reverse());
    }
  };
  for (const v of ids) if (!indexOf.has(v)) visit(v);
  return result;
}

function weakComponents(ids, edges) {
  const parent = new Map(ids.map((i) => [i, i]));
  const find = (x) =>
    parent.get(x) === x ? x : (parent.set(x, find(parent.get(x))), parent.get(x));
  for (const e of edges) parent.set(find(e.source), find(e.target));
  const groups = new Map();
  for (const i of ids) {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  }
  const ordered = [...groups.values()].sort(
    (a, b) => b.length - a.length || a[0].localeCompare(b[0]),
  );
  const result = new Map();
  ordered.forEach((members, n) => members.forEach((m) => result.set(m, n)));
  return result;
}

/** Parents before children; edges that close a cycle (deferred first) are ignored. */
function insertOrder(ids, edges) {
  const pending = new Map(ids.map((i) => [i, new Set()]));
  for (const e of edges) if (!e.selfReference && !e.deferred) pending.get(e.source).add(e.target);
  const order = [];
  const done = new Set();
  while (order.length < ids.length) {
    const ready = ids.filter((i) => !done.has(i) && [...pending.get(i)].every((p) => done.has(p)));
    // A cycle without a deferred key: break it at the first remaining table.
    const next = ready.length ? ready : [ids.find((i) => !done.has(i))];
    for (const i of next) {
      done.add(i);
      order.push(i);
    }
  }
  return order;
}

/** `GET …/schema/health`. */
export function healthReport(snapshotId, model, graph) {
  const findings = [];
  for (const t of model.tables) {
    if (t.kind !== 'TABLE') continue;
    const name = id(t);
    if (!t.primaryKey)
      findings.push({
        code: 'missing-primary-key',
        severity: 'error',
        title: 'Table without a primary key',
        detail: `${name} has no primary key: rows cannot be identified, updated or replicated reliably.`,
        location: name,
      });
    for (const fk of t.foreignKeys) {
      const indexed = t.indexes.some((i) => fk.columns.every((c, n) => i.columns[n] === c));
      if (!indexed)
        findings.push({
          code: 'unindexed-foreign-key',
          severity: 'warning',
          title: 'Foreign key without an index',
          detail: `Deleting from ${fk.referencedTable.schema}.${fk.referencedTable.name} scans ${name} for (${fk.columns.join(', ')}). Add an index on these columns.`,
          location: `${name}.${fk.columns[0]}`,
        });
    }
    for (const i of t.indexes)
      if (!i.primary && !i.unique && i.scans === 0)
        findings.push({
          code: 'unused-index',
          severity: 'info',
          title: 'Index never used',
          detail: `${i.name} has not been scanned since the statistics were reset; it still costs writes.`,
          location: `${t.name.schema}.${i.name}`,
        });
    if (t.rowEstimate > 1_000_000 && t.statistics && t.statistics.sequentialScans > 1000)
      findings.push({
        code: 'sequential-scans',
        severity: 'info',
        title: 'Many sequential scans on a large table',
        detail: `${name} (~${t.rowEstimate.toLocaleString('en-US')} rows) was read sequentially ${t.statistics.sequentialScans} times.`,
        location: name,
      });
  }
  for (const cycle of graph.cycles)
    findings.push({
      code: cycle.length === 1 ? 'self-reference' : 'foreign-key-cycle',
      severity: cycle.length === 1 ? 'info' : 'warning',
      title: cycle.length === 1 ? 'Table references itself' : 'Foreign-key cycle',
      detail:
        cycle.length === 1
          ? `${cycle[0]} points at itself: insert parents first or keep the column nullable.`
          : `${cycle.join(' → ')} → ${cycle[0]}: inserting needs a deferred or nullable key.`,
      location: cycle[0],
    });
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { snapshotId, counts, findings };
}

/** `GET …/schema/diff`: tables, columns, keys, constraints, indexes and enums compared. */
export function diffModels(before, after) {
  const changes = [];
  const add = (objectType, change, tableName, name, b, a) =>
    changes.push({ objectType, change, table: tableName, name, before: b, after: a });
  const beforeTables = new Map(before.tables.map((t) => [id(t), t]));
  const afterTables = new Map(after.tables.map((t) => [id(t), t]));
  const kindOf = (t) => (t.kind === 'TABLE' ? 'table' : 'view');
  for (const [name, t] of afterTables)
    if (!beforeTables.has(name)) add(kindOf(t), 'added', name, name, null, describeTable(t));
  for (const [name, t] of beforeTables)
    if (!afterTables.has(name)) add(kindOf(t), 'removed', name, name, describeTable(t), null);
  for (const [name, a] of afterTables) {
    const b = beforeTables.get(name);
    if (!b) continue;
    compare(add, 'column', name, b.columns, a.columns, (c) => c.name, describeColumn);
    compare(
      add,
      'primaryKey',
      name,
      b.primaryKey ? [b.primaryKey] : [],
      a.primaryKey ? [a.primaryKey] : [],
      () => 'primary key',
      (pk) => `(${pk.columns.join(', ')})`,
    );
    compare(
      add,
      'foreignKey',
      name,
      b.foreignKeys,
      a.foreignKeys,
      (f) => f.name,
      (f) =>
        `(${f.columns.join(', ')}) → ${f.referencedTable.schema}.${f.referencedTable.name} (${f.referencedColumns.join(', ')})`,
    );
    compare(
      add,
      'unique',
      name,
      b.uniqueConstraints,
      a.uniqueConstraints,
      (u) => u.name,
      (u) => `(${u.columns.join(', ')})`,
    );
    compare(
      add,
      'check',
      name,
      b.checks,
      a.checks,
      (c) => c.name,
      (c) => c.expression,
    );
    compare(
      add,
      'index',
      name,
      b.indexes.filter((i) => !i.primary),
      a.indexes.filter((i) => !i.primary),
      (i) => i.name,
      (i) =>
        `${i.unique ? 'unique ' : ''}${i.method ?? ''} (${i.columns.join(', ')})${i.predicate ? ` where ${i.predicate}` : ''}`,
    );
  }
  const enumText = (e) => e.values.join(', ');
  compare(
    add,
    'enum',
    null,
    before.enums,
    after.enums,
    (e) => `${e.name.schema}.${e.name.name}`,
    enumText,
  );
  const summary = { added: 0, removed: 0, changed: 0 };
  for (const c of changes) summary[c.change]++;
  return { summary, changes };
}

function compare(add, objectType, tableName, before, after, key, describe) {
  const b = new Map(before.map((x) => [key(x), x]));
  const a = new Map(after.map((x) => [key(x), x]));
  for (const [k, x] of a) {
    if (!b.has(k)) add(objectType, 'added', tableName, k, null, describe(x));
    else if (describe(b.get(k)) !== describe(x))
      add(objectType, 'changed', tableName, k, describe(b.get(k)), describe(x));
  }
  for (const [k, x] of b)
    if (!a.has(k)) add(objectType, 'removed', tableName, k, describe(x), null);
}

function describeColumn(c) {
  const type = c.length ? `${c.dataType}(${c.length})` : c.dataType;
  return `${type}${c.nullable ? '' : ' not null'}${c.defaultValue ? ` default ${c.defaultValue}` : ''}${c.identity !== 'NONE' ? ` identity ${c.identity.toLowerCase()}` : ''}`;
}

function describeTable(t) {
  return `${t.kind.toLowerCase().replace('_', ' ')} with ${t.columns.length} columns`;
}
