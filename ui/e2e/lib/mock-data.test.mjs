import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MockError, createExplorer, schemaInsights } from './mock-data.mjs';
import { shopModel, warehouseModel } from './mock-schema.mjs';

const snapshot = (model, id = 's2') => ({ summary: { id }, model });
const shop = snapshot(shopModel(2));
const query = (overrides = {}) => ({ page: '0', size: '50', sort: [], filters: [], ...overrides });

test('browses the shop: pages, sorts (nulls last), filters with every operator', () => {
  const explorer = createExplorer();
  const first = explorer.browse('c1', shop, 'public.orders', query());
  assert.equal(first.rows.length, 50);
  assert.equal(first.hasMore, true);
  assert.deepEqual(first.primaryKey, ['id']);
  assert.equal(first.rows[0].id, 1);
  const last = explorer.browse('c1', shop, 'public.orders', query({ page: '2' }));
  assert.equal(last.rows.length, 50);
  assert.equal(last.hasMore, false);

  const sorted = explorer.browse('c1', shop, 'public.categories', query({ sort: ['-parent_id'] }));
  assert.equal(sorted.rows[0].parent_id, null); // descending: NULLS FIRST
  const byEmail = explorer.browse('c1', shop, 'public.customers', query({ sort: ['status,-id'] }));
  assert.equal(byEmail.rows[0].status, 'active');
  assert.ok(byEmail.rows[0].id > byEmail.rows[1].id);

  const paid = explorer.browse(
    'c1',
    shop,
    'public.orders',
    query({
      filters: ['status:in:paid|shipped', 'customer_id:le:10'],
    }),
  );
  assert.ok(paid.rows.length > 0);
  assert.ok(paid.rows.every((r) => ['paid', 'shipped'].includes(r.status) && r.customer_id <= 10));
  const ilike = explorer.browse(
    'c1',
    shop,
    'public.customers',
    query({ filters: ['email:ilike:ADA%'] }),
  );
  assert.ok(ilike.rows.length > 0 && ilike.rows.every((r) => r.email.startsWith('ada')));
  const nulls = explorer.browse(
    'c1',
    shop,
    'public.coupons',
    query({ filters: ['customer_id:null'] }),
  );
  assert.equal(nulls.rows.length, 2);
  assert.throws(
    () => explorer.browse('c1', shop, 'public.orders', query({ filters: ['customer_id:eq:x'] })),
    (e) => e instanceof MockError && e.status === 400 && e.errors[0].field === 'filter',
  );
  assert.throws(
    () => explorer.browse('c1', shop, 'public.orders', query({ sort: ['nope'] })),
    (e) => e.errors[0].field === 'sort',
  );
});

test('writes like a database: defaults, identity, field errors, unique and foreign keys', () => {
  const explorer = createExplorer();
  const row = explorer.insert('c1', shop, 'public.customers', {
    email: 'new@example.test',
    name: 'New Customer',
  });
  assert.equal(row.id, 61);
  assert.equal(row.status, 'active');
  assert.match(row.created_at, /^\d{4}-/);
  assert.throws(
    () => explorer.insert('c1', shop, 'public.customers', { id: 5, email: 'x' }),
    (e) => e.status === 400 && e.errors[0].field === 'values.id',
  );
  assert.throws(
    () =>
      explorer.insert('c1', shop, 'public.customers', { email: 'new@example.test', name: 'Again' }),
    (e) => e.status === 422 && /customers_email_key/.test(e.detail),
  );
  assert.throws(
    () => explorer.insert('c1', shop, 'public.orders', { customer_id: '999' }),
    (e) => e.status === 422 && /foreign key constraint "orders_customer_id_fkey"/.test(e.detail),
  );
  assert.throws(
    () => explorer.insert('c1', shop, 'public.customers', { name: 'No email' }),
    (e) => e.status === 422 && /not-null/.test(e.detail),
  );
  const changed = explorer.update(
    'c1',
    shop,
    'public.customers',
    { id: 61 },
    { status: 'blocked' },
  );
  assert.equal(changed.status, 'blocked');
  assert.throws(
    () => explorer.update('c1', shop, 'public.customers', { id: 61 }, { status: 'gone' }),
    (e) => e.errors[0].field === 'values.status',
  );
  // Orders of a customer keep it; order items cascade with their order.
  assert.throws(
    () => explorer.remove('c1', shop, 'public.customers', '{"id":8}'),
    (e) => e.status === 422 && /still referenced/.test(e.detail),
  );
  explorer.remove('c1', shop, 'public.orders', '{"id":3}');
  const items = explorer.browse(
    'c1',
    shop,
    'public.order_items',
    query({ filters: ['order_id:eq:3'] }),
  );
  assert.equal(items.rows.length, 0);
  assert.throws(
    () => explorer.remove('c1', shop, 'public.order_totals', '{"customer_id":1}'),
    (e) => e.errors[0].field === 'table',
  );
});

test('reads a row with its parents and first children', () => {
  const explorer = createExplorer();
  const related = explorer.related('c1', shop, 'public.orders', '{"id":1}');
  assert.equal(related.row.id, 1);
  assert.equal(related.parents[0].table, 'public.customers');
  assert.equal(related.parents[0].row.id, related.row.customer_id);
  const items = related.children.find((c) => c.table === 'public.order_items');
  assert.ok(items.rows.length > 0 && items.rows.every((r) => r.order_id === 1));
  assert.throws(
    () => explorer.related('c1', shop, 'public.orders', '{"id":9999}'),
    (e) => e.status === 404,
  );
});

test('the heuristics of the shop and of the warehouse', () => {
  const insights = schemaInsights('s2', shopModel(2));
  const role = (name) => insights.tables.find((t) => t.table === name)?.role;
  assert.equal(role('public.order_items'), 'junction');
  assert.equal(role('public.categories'), 'lookup');
  assert.equal(role('public.customers'), 'entity');
  assert.equal(insights.tables.find((t) => t.table === 'public.orders').domain, 'commerce');
  assert.deepEqual(
    insights.references.map((r) => `${r.kind} ${r.name}`),
    ['ENUM_TYPE customer_status', 'ENUM_TYPE order_status', 'LOOKUP_TABLE categories'],
  );
  assert.deepEqual(
    insights.inferredRelations.map(
      (r) => `${r.fromTable.name}.${r.fromColumns} → ${r.toTable.name}`,
    ),
    ['coupons.customer_id → customers', 'order_totals.customer_id → customers'],
  );
  const warehouse = schemaInsights('w', warehouseModel().model);
  assert.equal(warehouse.tables.length, 1200);
});
