import { ApiError } from '../../core/utils/api-error';
import { shopModel } from '../../testing/schema-fixtures';
import { buildStudioForm, childGroup, overrideGroup, tableGroup } from './seed-form';
import {
  cellText,
  findTable,
  numberSlots,
  parameterize,
  parseIntegrity,
  parseObject,
  placeProblems,
  placeholdersOf,
  planRequirement,
  problemTarget,
  tabAfterKey,
} from './seed-utils';

function studio() {
  const form = buildStudioForm({ connectionId: 'c1' });
  form.controls.tables.at(0).patchValue({ table: 'customers', rows: 10 });
  form.controls.tables.at(0).controls.overrides.push(overrideGroup({ column: 'email' }));
  form.controls.tables
    .at(0)
    .controls.overrides.push(overrideGroup({ column: 'status', type: 'constant' }));
  form.controls.tables.push(tableGroup({ table: 'public.orders' }));
  form.controls.tables.at(1).controls.count.setValue('perParent');
  return form;
}

describe('seed utils', () => {
  const model = shopModel();

  it('finds tables like the server: schema.table, a unique bare name, then ignoring case', () => {
    expect(findTable(model, 'public.orders')?.name.name).toBe('orders');
    expect(findTable(model, 'ORDERS')?.name.name).toBe('orders');
    expect(findTable(model, 'nope')).toBeNull();
  });

  it('maps the spec reader’s positional fields to the inputs', () => {
    const form = studio();
    const target = (field: string) => problemTarget(field, form, model);
    expect(target('connectionId')).toEqual({ path: 'connectionId' });
    expect(target('snapshotId')).toEqual({ path: 'connectionId' });
    expect(target('locale')).toEqual({ path: 'locale' });
    expect(target('tables')).toEqual({ path: 'tables' });
    expect(target('tables[0].table')).toEqual({ path: 'tables.0.table' });
    expect(target('tables[0].rows')).toEqual({ path: 'tables.0.rows' });
    // Table 1 counts per parent: its rows input is off, the problem goes to the parent count.
    expect(target('tables[1].rows')).toEqual({ path: 'tables.1.perParent.max' });
    expect(target('tables[1].perParent')).toEqual({ path: 'tables.1.perParent.parent' });
    expect(target('tables[0].overrides[1]')).toEqual({ path: 'tables.0.overrides.1.column' });
    expect(target('tables[0].overrides[1].type')).toEqual({ path: 'tables.0.overrides.1.type' });
    expect(target('tables[0].overrides[1].value')).toEqual({ path: 'tables.0.overrides.1.value' });
    // A provider has no regex input: the override's column carries it.
    expect(target('tables[0].overrides[0].regex')).toEqual({ path: 'tables.0.overrides.0.column' });
    expect(target('tables[0].overrides[7].type')).toEqual({ path: 'tables.0.table' });
    expect(target('tables[5].rows')).toBeNull();
    expect(target('rows')).toBeNull();
  });

  it('maps the planner’s fields by table name (as written or qualified)', () => {
    const form = studio();
    const target = (field: string) => problemTarget(field, form, model);
    expect(target('tables.customers')).toEqual({ path: 'tables.0.table' });
    expect(target('tables.public.customers.count')).toEqual({ path: 'tables.0.rows' });
    expect(target('tables.public.orders.count')).toEqual({ path: 'tables.1.perParent.max' });
    expect(target('tables.public.orders.count.parent')).toEqual({
      path: 'tables.1.perParent.parent',
    });
    expect(target('tables.customers.columns.status')).toEqual({
      path: 'tables.0.overrides.1.column',
    });
    expect(target('tables.customers.columns.name')).toEqual({
      path: 'tables.0.table',
      prefix: 'column name',
    });
    expect(target('tables.public.orders.foreignKeys.orders_customer_id_fkey')).toEqual({
      path: 'tables.1.table',
      prefix: 'foreign key orders_customer_id_fkey',
    });
    expect(target('tables.categories.checks.x')).toBeNull();
  });

  it('maps entity fields to the root, the count and the children', () => {
    const form = studio();
    form.controls.strategy.setValue('entity');
    form.controls.entity.patchValue({ root: 'customers', count: 3 });
    form.controls.entity.controls.children.push(childGroup({ table: 'orders' }));
    const target = (field: string) => problemTarget(field, form, model);
    expect(target('entity')).toEqual({ path: 'entity.root' });
    expect(target('entity.root')).toEqual({ path: 'entity.root' });
    expect(target('entity.count')).toEqual({ path: 'entity.count' });
    expect(target('entity.children.orders')).toEqual({
      path: 'entity.children.0.table',
      prefix: undefined,
    });
    expect(target('tables.public.customers.columns.email')).toEqual({
      path: 'entity.root',
      prefix: 'column email',
    });
    expect(target('tables.public.orders.count')).toEqual({ path: 'entity.children.0.max' });
    expect(target('tables[0].rows')).toBeNull();
  });

  it('places problems on controls and returns the others', () => {
    const form = studio();
    const placed: [unknown, string][] = [];
    const unplaced = placeProblems(
      [
        { field: 'tables.customers', message: 'no table customers in the schema' },
        { field: 'tables.customers.foreignKeys.fk', message: 'no parent rows' },
        { field: 'rows', message: 'must be between 1 and 100' },
        { field: '', message: 'something else' },
      ],
      form,
      model,
      (control, message) => placed.push([control, message]),
    );
    expect(placed).toEqual([
      [form.get('tables.0.table'), 'no table customers in the schema'],
      [form.get('tables.0.table'), 'foreign key fk: no parent rows'],
    ]);
    expect(unplaced).toEqual(['rows: must be between 1 and 100', 'something else']);
  });

  it('names the plan a 402 asks for', () => {
    const error = new ApiError('Your starter plan allows 10000 rows', 402, 'PLAN_REQUIRED', [], {
      status: 402,
      requiredPlan: 'pro',
    } as never);
    expect(planRequirement(error)).toEqual({
      plan: 'Pro',
      message: 'Your starter plan allows 10000 rows',
    });
    expect(planRequirement(new ApiError('x', 400))).toBeNull();
  });

  it('turns named numbers into ${parameters} with their value as default', () => {
    const spec = {
      connectionId: 'c1',
      seed: 42,
      tables: [
        {
          table: 'public.customers',
          rows: 100,
          overrides: [{ column: 'age', type: 'range' as const, min: 18, max: 90 }],
        },
        { table: 'public.orders', perParent: { parent: 'public.customers', min: 1, max: 5 } },
      ],
    };
    const slots = numberSlots(spec);
    expect(slots.map((s) => [s.key, s.value, s.suggestion])).toEqual([
      ['tables[0].rows', 100, 'customers_rows'],
      ['tables[0].overrides[0].min', 18, 'age_min'],
      ['tables[0].overrides[0].max', 90, 'age_max'],
      ['tables[1].perParent.min', 1, 'orders_min'],
      ['tables[1].perParent.max', 5, 'orders_max'],
      ['seed', 42, 'seed'],
    ]);
    const { spec: out, parameters } = parameterize(
      spec,
      [
        { slot: slots[0], name: 'customers' },
        { slot: slots[4], name: 'orders' },
        { slot: slots[5], name: 'seed' },
      ],
      [{ name: 'seed', description: 'kept', defaultValue: '1' }],
    );
    expect(out).toEqual({
      ...spec,
      seed: '${seed}',
      tables: [
        { ...spec.tables[0], rows: '${customers}' },
        {
          table: 'public.orders',
          perParent: { parent: 'public.customers', min: 1, max: '${orders}' },
        },
      ],
    });
    expect(parameters).toEqual([
      { name: 'seed', description: 'kept', defaultValue: '1' },
      { name: 'customers', description: 'Rows of public.customers', defaultValue: '100' },
      { name: 'orders', description: 'Max public.orders per public.customers', defaultValue: '5' },
    ]);
    // The input is left alone.
    expect(spec.tables[0].rows).toBe(100);
    expect(placeholdersOf(JSON.stringify(out)).sort()).toEqual(['customers', 'orders', 'seed']);
  });

  it('parses JSON objects, integrity reports, cells and tab keys', () => {
    expect(parseObject('{"a":1}')).toEqual({ value: { a: 1 } });
    expect(parseObject('[1]')).toEqual({ error: 'The spec must be a JSON object ({ … }).' });
    expect('error' in parseObject('{')).toBe(true);
    expect(parseIntegrity('{"checked":3,"violations":[]}')).toEqual({
      checked: 3,
      violations: [],
      skipped: [],
    });
    expect(parseIntegrity(null)).toBeNull();
    expect(cellText(null)).toBe('NULL');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
    expect(tabAfterKey('ArrowRight', ['a', 'b', 'c'], 'c')).toBe('a');
    expect(tabAfterKey('ArrowLeft', ['a', 'b', 'c'], 'a')).toBe('c');
    expect(tabAfterKey('End', ['a', 'b', 'c'], 'a')).toBe('c');
    expect(tabAfterKey('Enter', ['a', 'b'], 'a')).toBeNull();
  });
});
