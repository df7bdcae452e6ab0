import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shopModel } from './mock-schema.mjs';
import {
  SeedProblems,
  planSeed,
  previewSeed,
  resolveTemplate,
  templateProblems,
} from './mock-seed.mjs';

const opts = { snapshotId: 's1', connectionId: 'c1', rowLimit: 10_000, today: '2026-01-15' };
const problemsOf = (fn) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof SeedProblems) return e.errors;
    throw e;
  }
  throw new Error('no problems');
};

test('plans parents first, adds the missing parents and fills self references after the insert', () => {
  const plan = planSeed(
    shopModel(2),
    {
      connectionId: 'c1',
      seed: 7,
      tables: [
        { table: 'order_items', rows: 200 },
        { table: 'public.orders', perParent: { parent: 'customers', min: 1, max: 3 } },
        { table: 'customers', rows: 50 },
        { table: 'categories', rows: 10 },
      ],
    },
    opts,
  );
  const names = plan.tables.map((t) => t.table);
  assert.ok(names.indexOf('public.customers') < names.indexOf('public.orders'));
  assert.ok(names.indexOf('public.orders') < names.indexOf('public.order_items'));
  assert.equal(plan.tables.find((t) => t.table === 'public.orders').rows, 100);
  assert.equal(plan.tables.find((t) => t.table === 'public.products').addedAsParent, true);
  const categories = plan.tables.find((t) => t.table === 'public.categories');
  assert.equal(categories.foreignKeys[0].mode, 'after_insert');
  assert.deepEqual(
    plan.deferredFills.map((f) => f.table),
    ['public.categories'],
  );
  assert.equal(
    plan.totalRows,
    plan.tables.reduce((s, t) => s + t.rows, 0),
  );
  assert.ok(categories.omitted.some((o) => o.column === 'id'));
});

test('reports problems with the fields of the spec reader and of the planner', () => {
  assert.deepEqual(
    problemsOf(() =>
      planSeed(shopModel(1), { connectionId: 'c1', tables: [{ table: 'customers' }] }, opts),
    ),
    [{ field: 'tables[0].rows', message: 'give rows or perParent' }],
  );
  const errors = problemsOf(() =>
    planSeed(
      shopModel(1),
      {
        connectionId: 'c1',
        tables: [
          { table: 'ordrs', rows: 5 },
          {
            table: 'customers',
            rows: 3,
            overrides: [{ column: 'nope', type: 'constant', value: 'x' }],
          },
        ],
      },
      opts,
    ),
  );
  assert.deepEqual(
    errors.map((e) => e.field),
    ['tables.ordrs', 'tables.customers.columns.nope'],
  );
  assert.deepEqual(
    problemsOf(() =>
      planSeed(shopModel(1), { connectionId: 'c1', entity: { root: 'nobody', count: 3 } }, opts),
    ),
    [{ field: 'entity.root', message: 'no table nobody in the schema' }],
  );
});

test('previews the same rows for the same seed', () => {
  const spec = { connectionId: 'c1', seed: 3, tables: [{ table: 'customers', rows: 20 }] };
  const plan = planSeed(shopModel(1), spec, opts);
  const a = previewSeed(shopModel(1), plan, spec, 5);
  const b = previewSeed(shopModel(1), plan, spec, 5);
  assert.deepEqual(a, b);
  assert.equal(a[0].rows.length, 5);
  assert.equal(a[0].columns[0], 'id');
  assert.equal(a[0].rows[1][0], 2);
});

test('fills template placeholders with typed values and refuses unknown parameters', () => {
  const template = {
    parameters: [
      { name: 'rows', defaultValue: '10' },
      { name: 'domain', defaultValue: null },
    ],
    spec: JSON.stringify({
      tables: [{ table: 'customers', rows: '${rows}', note: 'at ${domain}' }],
    }),
  };
  assert.deepEqual(resolveTemplate(template, { rows: '25', domain: 'example.com' }).tables[0], {
    table: 'customers',
    rows: 25,
    note: 'at example.com',
  });
  assert.deepEqual(
    problemsOf(() => resolveTemplate(template, { nope: '1' })).map((e) => e.field),
    ['parameters.nope', 'spec.tables[0].note'],
  );
  assert.deepEqual(
    templateProblems({ name: '', spec: [] }).map((e) => e.field),
    ['name', 'spec'],
  );
});
