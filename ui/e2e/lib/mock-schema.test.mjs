import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  buildGraph,
  diffModels,
  healthReport,
  shopModel,
  summarize,
  warehouseModel,
} from './mock-schema.mjs';

test('the shop fixture has a composite key, a self reference and a two-table cycle', () => {
  const model = shopModel(1);
  const items = model.tables.find((t) => t.name.name === 'order_items');
  assert.deepEqual(items.primaryKey.columns, ['order_id', 'product_id']);
  const graph = buildGraph('s1', model);
  assert.deepEqual(graph.cycles, [
    ['public.departments', 'public.employees'],
    ['public.categories'],
  ]);
  const order = graph.topologicalOrder;
  assert.ok(order.indexOf('public.customers') < order.indexOf('public.orders'));
  assert.ok(order.indexOf('public.orders') < order.indexOf('public.order_items'));
  assert.equal(graph.nodes.length, summarize(model).tableCount);
});

test('the warehouse has 1,200 tables whose largest community is 180', () => {
  const { model, communities } = warehouseModel();
  assert.equal(model.tables.length, 1200);
  const graph = buildGraph('w', model, communities);
  const sizes = new Map();
  for (const n of graph.nodes) sizes.set(n.community, (sizes.get(n.community) ?? 0) + 1);
  assert.equal(Math.max(...sizes.values()), 180);
  assert.equal(graph.topologicalOrder.length, 1200);
});

test('health and diff follow the documented shapes', () => {
  const before = shopModel(1);
  const after = shopModel(2);
  const health = healthReport('s1', before, buildGraph('s1', before));
  assert.equal(health.counts.error, 1);
  assert.ok(health.findings.some((f) => f.location === 'public.orders.customer_id'));
  const diff = diffModels(before, after);
  assert.deepEqual(diff.summary, { added: 3, removed: 2, changed: 2 });
  assert.ok(
    diff.changes.some(
      (c) => c.table === 'public.orders' && c.name === 'discount_cents' && c.change === 'added',
    ),
  );
});
