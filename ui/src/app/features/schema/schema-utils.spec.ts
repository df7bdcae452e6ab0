import { manyTablesModel, shopModel } from '../../testing/schema-fixtures';
import {
  columnType,
  filterTables,
  formatBytes,
  formatRows,
  groupBySchema,
  referencedBy,
  tableEntries,
  tableOfLocation,
} from './schema-utils';

describe('schema utils', () => {
  it('searches table names (all words, prefix matches first) and optionally columns', () => {
    const entries = tableEntries(shopModel());
    expect(filterTables(entries, 'order').map((e) => e.id)).toEqual([
      'public.order_items',
      'public.orders',
    ]);
    expect(filterTables(entries, 'public items').map((e) => e.id)).toEqual(['public.order_items']);
    expect(filterTables(entries, 'email').map((e) => e.id)).toEqual([]);
    expect(filterTables(entries, 'email', { columns: true }).map((e) => e.id)).toEqual([
      'public.customers',
    ]);
    expect(filterTables(entries, '', { kind: 'views' }).map((e) => e.id)).toEqual([
      'reporting.daily_sales',
    ]);
    expect(filterTables(entries, '', { schema: 'reporting' })).toHaveLength(1);
  });

  it('filters 1,200 tables quickly', () => {
    const entries = tableEntries(manyTablesModel(1200));
    const started = performance.now();
    const hits = filterTables(entries, 'special', { columns: true });
    expect(hits.length).toBe(Math.ceil(1200 / 7));
    const prefixed = filterTables(entries, 't_119');
    expect(prefixed).toHaveLength(10);
    expect(prefixed.every((e) => e.table.name.name.startsWith('t_119'))).toBe(true);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('groups consecutive tables by schema', () => {
    const groups = groupBySchema(tableEntries(shopModel()));
    expect(groups.map((g) => [g.schema, g.entries.length])).toEqual([
      ['public', 4],
      ['reporting', 1],
    ]);
  });

  it('computes "referenced by" from the foreign keys of the other tables', () => {
    const refs = referencedBy(shopModel());
    expect(refs.get('public.orders')?.map((r) => r.table)).toEqual(['public.order_items']);
    expect(refs.get('public.customers')?.map((r) => r.foreignKey.columns)).toEqual([
      ['customer_id'],
    ]);
    expect(refs.get('public.categories')?.map((r) => r.table)).toEqual(['public.categories']);
    expect(refs.get('reporting.daily_sales')).toBeUndefined();
  });

  it('finds the table of a location: table, column or index name', () => {
    const model = shopModel();
    expect(tableOfLocation('public.orders', model)).toBe('public.orders');
    expect(tableOfLocation('public.orders.customer_id', model)).toBe('public.orders');
    expect(tableOfLocation('public.orders_open_idx', model)).toBe('public.orders');
    expect(tableOfLocation('public.nothing', model)).toBeNull();
    expect(tableOfLocation(null, model)).toBeNull();
    expect(tableOfLocation('public.orders', null)).toBeNull();
  });

  it('formats types, sizes and row estimates', () => {
    const model = shopModel();
    expect(columnType(model.tables[1].columns[1])).toBe('varchar(255)');
    expect(formatBytes(-1)).toBe('unknown');
    expect(formatBytes(8192)).toBe('8.0 kB');
    expect(formatBytes(142_606_336)).toBe('136 MB');
    expect(formatRows(-1)).toBe('unknown');
    expect(formatRows(182_400)).toBe('182k');
    expect(formatRows(1_204_551)).toBe('1.2M');
  });
});
