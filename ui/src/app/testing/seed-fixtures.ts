import { QaTemplate, SeedHistoryEntry, SeedPlan, SeedPreview, SeedRunResult } from '../core/models';

/** A plan of customers → orders (orders per customer), with categories added as a parent. */
export function seedPlan(overrides: Partial<SeedPlan> = {}): SeedPlan {
  return {
    connectionId: 'c1',
    snapshotId: 's1',
    engine: 'postgresql',
    seed: 42,
    locale: 'en',
    anchor: '2026-01-15',
    totalRows: 310,
    rowLimit: 10_000,
    tables: [
      {
        table: 'public.categories',
        rows: 10,
        addedAsParent: true,
        columns: [
          {
            name: 'parent_id',
            type: 'bigint',
            nullable: true,
            generator: 'foreign_key',
            unique: null,
            nullRatio: 0,
          },
        ],
        foreignKeys: [
          {
            name: 'categories_parent_id_fkey',
            columns: ['parent_id'],
            parent: 'public.categories',
            mode: 'after_insert',
            parentGenerated: true,
          },
        ],
        omitted: [{ column: 'id', reason: 'identity: numbered by the database' }],
      },
      {
        table: 'public.customers',
        rows: 100,
        addedAsParent: false,
        columns: [
          {
            name: 'email',
            type: 'varchar',
            nullable: false,
            generator: 'override:pattern',
            unique: 'customers_email_key',
            nullRatio: 0,
          },
          {
            name: 'status',
            type: 'customer_status',
            nullable: true,
            generator: 'enum',
            unique: null,
            nullRatio: 0.1,
          },
        ],
        foreignKeys: [],
        omitted: [{ column: 'id', reason: 'identity: numbered by the database' }],
      },
      {
        table: 'public.orders',
        rows: 200,
        addedAsParent: false,
        columns: [
          {
            name: 'customer_id',
            type: 'bigint',
            nullable: false,
            generator: 'foreign_key',
            unique: null,
            nullRatio: 0,
          },
        ],
        foreignKeys: [
          {
            name: 'orders_customer_id_fkey',
            columns: ['customer_id'],
            parent: 'public.customers',
            mode: 'at_insert',
            parentGenerated: true,
          },
        ],
        omitted: [],
      },
    ],
    deferredFills: [
      {
        table: 'public.categories',
        foreignKey: 'categories_parent_id_fkey',
        columns: ['parent_id'],
        parent: 'public.categories',
      },
    ],
    warnings: [
      { field: 'tables.orders.checks.orders_check', message: 'CHECK (x) is not understood' },
    ],
    ...overrides,
  };
}

export function seedPreview(): SeedPreview {
  return {
    plan: seedPlan(),
    tables: [
      {
        table: 'public.customers',
        columns: ['id', 'email', 'status'],
        rows: [
          [1, 'abcdefgh@example.com', 'active'],
          [2, 'qwertyui@example.com', null],
        ],
      },
      {
        table: 'public.orders',
        columns: ['id', 'customer_id'],
        rows: [
          [1, 2],
          [2, 1],
          [3, 1],
        ],
      },
    ],
  };
}

export function seedResult(overrides: Partial<SeedRunResult> = {}): SeedRunResult {
  return {
    historyId: 'h1',
    seed: 42,
    mode: 'append',
    rows: 300,
    durationMs: 1500,
    rowsPerSecond: 200,
    tables: [
      { table: 'public.customers', planned: 100, written: 100 },
      { table: 'public.orders', planned: 200, written: 200 },
    ],
    integrity: {
      checked: 12,
      violations: [],
      skipped: ['public.orders.orders_check: not evaluated'],
    },
    ...overrides,
  };
}

export function historyEntry(overrides: Partial<SeedHistoryEntry> = {}): SeedHistoryEntry {
  return {
    id: 'h1',
    projectId: 'p1',
    connectionId: 'c1',
    snapshotId: 's1',
    jobId: 'j1',
    scenarioId: null,
    strategy: 'standard',
    mode: 'append',
    seed: 42,
    status: 'done',
    outcome: 'committed',
    totalRows: 300,
    tables: [
      { table: 'public.customers', planned: 100, written: 100 },
      { table: 'public.orders', planned: 200, written: 200 },
    ],
    request: JSON.stringify({
      connectionId: 'c1',
      snapshotId: 's1',
      seed: 42,
      tables: [{ table: 'public.customers', rows: 100 }],
      mode: 'append',
      verify: true,
    }),
    integrity: JSON.stringify({
      checked: 9,
      violations: [],
      skipped: [],
    }),
    error: null,
    createdBy: 'u1',
    startedAt: '2026-01-03T10:00:00Z',
    finishedAt: '2026-01-03T10:00:02Z',
    ...overrides,
  };
}

export function qaTemplate(overrides: Partial<QaTemplate> = {}): QaTemplate {
  return {
    id: 't1',
    projectId: 'p1',
    name: 'Smoke data',
    description: 'A few customers',
    version: 2,
    parameters: [
      { name: 'customers', description: 'Rows of customers', defaultValue: '100' },
      { name: 'seed', description: null, defaultValue: '42' },
    ],
    spec: JSON.stringify({
      connectionId: 'c1',
      seed: '${seed}',
      tables: [{ table: 'public.customers', rows: '${customers}' }],
    }),
    createdBy: 'u1',
    createdAt: '2026-01-01T10:00:00Z',
    updatedAt: '2026-01-02T10:00:00Z',
    ...overrides,
  };
}
