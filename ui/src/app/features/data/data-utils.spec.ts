import { FormControl } from '@angular/forms';
import { browseQueryString, formatFilter, formatSort } from '../../core/services/data.service';
import { col, schemaTable, shopModel } from '../../testing/schema-fixtures';
import { customersPage, ordersPage } from '../../testing/data-fixtures';
import {
  CELL_TEXT_LIMIT,
  cellView,
  childRowsLink,
  controlValueOf,
  describeKey,
  fieldSpecs,
  fieldValidator,
  filtersFromParam,
  foreignKeyLinks,
  pageFromParam,
  parseFilter,
  parseKeyParam,
  parseSort,
  referrersOf,
  routeOf,
  rowKeyOf,
  sentValueOf,
  tableIndex,
  toggleSort,
  valuesToSend,
} from './data-utils';

describe('data utils: sort, filters and the query string', () => {
  it('parses and formats sort keys', () => {
    expect(parseSort('email,-id')).toEqual([
      { column: 'email', descending: false },
      { column: 'id', descending: true },
    ]);
    expect(parseSort('')).toEqual([]);
    expect(parseSort(' , -,name')).toEqual([{ column: 'name', descending: false }]);
    expect(formatSort(parseSort('email,-id'))).toBe('email,-id');
  });

  it('toggles on click and adds columns on shift-click', () => {
    let keys = toggleSort([], 'email', false);
    expect(keys).toEqual([{ column: 'email', descending: false }]);
    keys = toggleSort(keys, 'email', false);
    expect(formatSort(keys)).toBe('-email');
    keys = toggleSort(keys, 'id', true);
    expect(formatSort(keys)).toBe('-email,id');
    keys = toggleSort(keys, 'id', true);
    expect(formatSort(keys)).toBe('-email,-id');
    // A plain click on another column starts over with that column alone.
    expect(formatSort(toggleSort(keys, 'status', false))).toBe('status');
    // A plain click on one of several keys sorts by it alone, ascending.
    expect(formatSort(toggleSort(keys, 'email', false))).toBe('email');
  });

  it('parses filters (values may hold colons), drops malformed ones', () => {
    expect(parseFilter('placed_at:ge:2026-01-01T10:00:00Z')).toEqual({
      column: 'placed_at',
      op: 'ge',
      value: '2026-01-01T10:00:00Z',
    });
    expect(parseFilter('note:null')).toEqual({ column: 'note', op: 'null', value: '' });
    expect(parseFilter('status:in:paid|shipped')?.value).toBe('paid|shipped');
    expect(parseFilter('status:between:1')).toBeNull();
    expect(parseFilter('status:eq')).toBeNull();
    expect(parseFilter(':eq:1')).toBeNull();
    expect(filtersFromParam('id:eq:1')).toHaveLength(1);
    expect(filtersFromParam(['id:eq:1', 'bad', 'note:notnull']).map(formatFilter)).toEqual([
      'id:eq:1',
      'note:notnull',
    ]);
    expect(filtersFromParam(undefined)).toEqual([]);
    expect(pageFromParam('3')).toBe(3);
    expect(pageFromParam('-1')).toBe(0);
    expect(pageFromParam('x')).toBe(0);
  });

  it('builds the rows query with every value URL-encoded and repeated filters', () => {
    expect(
      browseQueryString({
        page: 2,
        size: 50,
        sort: parseSort('email,-placed at'),
        filters: [
          { column: 'email', op: 'ilike', value: '%+test@example.com' },
          { column: 'status', op: 'in', value: 'paid|shipped' },
          { column: 'note', op: 'null', value: 'ignored' },
        ],
      }),
    ).toBe(
      'page=2&size=50&sort=email,-placed%20at' +
        '&filter=email%3Ailike%3A%25%2Btest%40example.com' +
        '&filter=status%3Ain%3Apaid%7Cshipped' +
        '&filter=note%3Anull',
    );
    expect(browseQueryString({ page: 0, size: 50, sort: [], filters: [] })).toBe('page=0&size=50');
  });
});

describe('data utils: keys and links', () => {
  const model = shopModel();
  const tables = tableIndex(model);

  it('reads a row key, and a key from the URL', () => {
    expect(rowKeyOf({ id: 5, name: 'x' }, ['id'])).toEqual({ id: 5 });
    expect(
      rowKeyOf({ order_id: 1, product_id: 2, quantity: 3 }, ['order_id', 'product_id']),
    ).toEqual({ order_id: 1, product_id: 2 });
    expect(rowKeyOf({ id: null }, ['id'])).toBeNull();
    expect(rowKeyOf({ id: 1 }, [])).toBeNull();
    expect(parseKeyParam('{"id":5}')).toEqual({ id: 5 });
    expect(parseKeyParam('[1]')).toBeNull();
    expect(parseKeyParam('{oops')).toBeNull();
    expect(describeKey({ order_id: 1, product_id: 2 })).toBe('order_id 1, product_id 2');
  });

  it('links a foreign-key value to the parent row, or to nothing when it is null', () => {
    const orders = tables.get('public.orders')!;
    expect(foreignKeyLinks({ id: 1, customer_id: 7 }, orders, tables)).toEqual({
      customer_id: { kind: 'entity', table: 'public.customers', key: { id: 7 } },
    });
    expect(foreignKeyLinks({ id: 1, customer_id: null }, orders, tables)).toEqual({});
    const route = routeOf('p1', 'c1', {
      kind: 'entity',
      table: 'public.customers',
      key: { id: 7 },
    });
    expect(route).toEqual({
      commands: ['/projects', 'p1', 'data', 'entity'],
      queryParams: { connectionId: 'c1', table: 'public.customers', key: '{"id":7}' },
    });
  });

  it('falls back to the filtered grid when the key points at a non-key column', () => {
    const parent = schemaTable('public', 'accounts', {
      columns: [col('id'), col('code', 'text')],
    });
    const child = schemaTable('public', 'invoices', {
      columns: [col('id'), col('account_code', 'text')],
      foreignKeys: [
        {
          name: 'invoices_account_code_fkey',
          columns: ['account_code'],
          referencedTable: { schema: 'public', name: 'accounts' },
          referencedColumns: ['code'],
          onDelete: null,
          onUpdate: null,
          deferrable: false,
          initiallyDeferred: false,
        },
      ],
    });
    const index = tableIndex({ ...model, tables: [parent, child] });
    expect(foreignKeyLinks({ id: 1, account_code: 'A:1' }, child, index)).toEqual({
      account_code: {
        kind: 'explorer',
        table: 'public.accounts',
        filters: [{ column: 'code', op: 'eq', value: 'A:1' }],
      },
    });
    const route = routeOf('p1', 'c1', {
      kind: 'explorer',
      table: 'public.accounts',
      filters: [{ column: 'code', op: 'eq', value: 'A:1' }],
    });
    expect(route.queryParams['filter']).toEqual(['code:eq:A:1']);
  });

  it('lists who references a table and links to their rows', () => {
    const referrers = referrersOf('public.orders', model);
    expect(referrers.map((r) => [r.table, r.foreignKey.columns])).toEqual([
      ['public.order_items', ['order_id']],
    ]);
    expect(childRowsLink({ id: 9 }, 'public.order_items', ['order_id'], ['id'])).toEqual({
      kind: 'explorer',
      table: 'public.order_items',
      filters: [{ column: 'order_id', op: 'eq', value: '9' }],
    });
    expect(childRowsLink({ id: null }, 'public.order_items', ['order_id'], ['id'])).toBeNull();
  });
});

describe('data utils: typed cells', () => {
  it('sets NULL apart and keeps booleans and numbers', () => {
    expect(cellView(null, 'TEXT')).toMatchObject({ kind: 'null', text: 'NULL' });
    expect(cellView(undefined, 'INTEGER').kind).toBe('null');
    expect(cellView(true, 'BOOLEAN')).toMatchObject({ kind: 'boolean', text: 'true' });
    expect(cellView('9223372036854775807', 'INTEGER')).toMatchObject({
      kind: 'number',
      text: '9223372036854775807',
    });
    expect(cellView(12.5, null).kind).toBe('number');
  });

  it('cuts JSON and long text, keeping all of it to expand', () => {
    const json = cellView({ a: 1, list: [1, 2, 3] }, 'JSON');
    expect(json).toMatchObject({ kind: 'json', text: '{"a":1,"list":[1,2,3]}', truncated: false });
    expect(json.full).toContain('\n  "a": 1');
    const text = 'x'.repeat(CELL_TEXT_LIMIT + 20);
    const long = cellView(JSON.stringify({ text }), 'JSON');
    expect(long.truncated).toBe(true);
    expect(long.text.length).toBe(CELL_TEXT_LIMIT);
    expect(long.text.endsWith('…')).toBe(true);
    expect(long.full).toContain(text);
    expect(cellView(text, 'TEXT')).toMatchObject({ kind: 'text', truncated: true });
    expect(cellView('two\nlines', 'TEXT')).toMatchObject({ text: 'two lines', truncated: true });
    expect(cellView('short', 'TEXT')).toMatchObject({ text: 'short', truncated: false });
    expect(cellView('not json', 'JSON')).toMatchObject({ kind: 'json', text: 'not json' });
  });
});

describe('data utils: the row form', () => {
  const model = shopModel();
  const tables = tableIndex(model);

  it('builds fields from the columns: identity and generated read-only, enum selects, required', () => {
    const customers = fieldSpecs(tables.get('public.customers'), customersPage().columns);
    expect(customers.map((f) => [f.name, f.input, f.readOnly, f.required])).toEqual([
      ['id', 'number', true, false],
      ['email', 'text', false, true],
      ['status', 'select', false, false],
    ]);
    expect(customers[0].readOnlyReason).toContain('Identity');
    expect(customers[0].primaryKey).toBe(true);
    expect(customers[2].enumValues).toEqual(['active', 'blocked']);
    expect(customers[2].hint).toContain("Default: 'active'");

    const orders = fieldSpecs(tables.get('public.orders'), ordersPage().columns);
    expect(orders.find((f) => f.name === 'search')).toMatchObject({
      readOnly: true,
      readOnlyReason: 'Generated by the database.',
    });
    expect(orders.find((f) => f.name === 'customer_id')).toMatchObject({
      input: 'number',
      required: true,
    });
    // Without the snapshot, the explorer's columns are enough.
    expect(fieldSpecs(null, ordersPage().columns).map((f) => f.name)).toEqual([
      'id',
      'customer_id',
      'search',
    ]);
  });

  it('converts values both ways: NULL, booleans, JSON, exact numbers as text', () => {
    const [id, email, status] = fieldSpecs(tables.get('public.customers'), customersPage().columns);
    expect(controlValueOf(null, email)).toBeNull();
    expect(controlValueOf(7, id)).toBe('7');
    expect(sentValueOf(null, status)).toBeNull();
    expect(sentValueOf('', email)).toBe('');
    expect(sentValueOf('', id)).toBeNull();
    expect(sentValueOf('9223372036854775807', id)).toBe('9223372036854775807');
    const flag = { ...email, input: 'boolean' as const, category: 'BOOLEAN' };
    expect(sentValueOf('true', flag)).toBe(true);
    expect(sentValueOf('false', flag)).toBe(false);
    const json = { ...email, input: 'json' as const, category: 'JSON' };
    expect(controlValueOf({ a: 1 }, json)).toBe('{\n  "a": 1\n}');
  });

  it('validates required, not-null and typed values', () => {
    const [id, email, status] = fieldSpecs(tables.get('public.customers'), customersPage().columns);
    const inserting = () => true;
    const check = (field: typeof email, value: string | null, dirty = false) => {
      const control = new FormControl<string | null>(value, fieldValidator(field, inserting));
      if (dirty) {
        control.markAsDirty();
        control.updateValueAndValidity();
      }
      return control.errors;
    };
    expect(check(email, '')).toEqual({ required: true });
    expect(check(email, 'a@b.c')).toBeNull();
    expect(check(email, null)).toEqual({ notNull: true });
    expect(check(status, '')).toBeNull();
    const number = { ...id, readOnly: false, nullable: false, required: false };
    expect(check(number, '12x', true)).toEqual({ integer: true });
    expect(check(number, '', false)).toBeNull(); // untouched: the default applies
    expect(check(number, '', true)).toEqual({ required: true });
    const json = { ...email, input: 'json' as const, category: 'JSON', required: false };
    expect(check(json, '{"a":', true)).toEqual({ json: true });
  });

  it('sends the filled-in and required fields on insert, only changed ones on edit', () => {
    const fields = fieldSpecs(tables.get('public.customers'), customersPage().columns);
    const controls = {
      f1: new FormControl<string | null>('ada@example.test'),
      f2: new FormControl<string | null>(''),
    };
    expect(valuesToSend(fields, controls, true)).toEqual({ email: 'ada@example.test' });
    controls.f2.markAsDirty();
    controls.f2.setValue('blocked');
    expect(valuesToSend(fields, controls, true)).toEqual({
      email: 'ada@example.test',
      status: 'blocked',
    });
    expect(valuesToSend(fields, controls, false)).toEqual({ status: 'blocked' });
  });
});
