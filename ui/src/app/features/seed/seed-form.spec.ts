import {
  buildStudioForm,
  childGroup,
  choiceGroup,
  clearServerErrors,
  loadSpec,
  overrideGroup,
  randomSeed,
  setServerError,
  tableGroup,
  toSeedSpec,
} from './seed-form';

describe('seed form', () => {
  it('builds the standard spec: rows, rows per parent and one override of each kind', () => {
    const form = buildStudioForm({ connectionId: 'c1' });
    const tables = form.controls.tables;
    tables.at(0).patchValue({ table: ' public.customers ', rows: 100 });
    const o = (type: string, patch: Record<string, unknown> = {}) => {
      const group = overrideGroup({ column: type + '_col' });
      group.controls.type.setValue(type as never);
      group.patchValue(patch as never);
      return group;
    };
    const customers = tables.at(0).controls.overrides;
    customers.push(o('provider', { expression: '#{Name.firstName}' }));
    customers.push(o('pattern', { regex: '[a-z]{8}', ratio: 0.25 }));
    customers.push(o('constant', { value: 'DE' }));
    const weighted = o('weighted');
    weighted.controls.choices.at(0).patchValue({ value: 'DE', weight: 3 });
    weighted.controls.choices.push(choiceGroup({ value: 'FR' }));
    weighted.controls.choices.at(1).controls.weight.setValue(null); // blank weight: the server's 1
    customers.push(weighted);
    customers.push(o('range', { min: 1, max: 9 }));
    customers.push(o('dates', { from: '2025-01-01', to: '2025-12-31' }));
    customers.push(o('nullRatio', { ratio: 0.5 }));
    customers.push(o('sql', { expression: 'now()' }));
    customers.push(o('default'));
    tables.push(tableGroup({ table: 'public.orders' }));
    tables.at(1).controls.count.setValue('perParent');
    tables.at(1).controls.perParent.patchValue({ parent: 'public.customers', min: 1, max: 5 });
    form.patchValue({
      seed: 7,
      locale: 'de',
      mode: 'truncate',
      verify: false,
      includeParents: false,
    });
    expect(form.valid).toBe(true);

    expect(toSeedSpec(form, 's1')).toEqual({
      connectionId: 'c1',
      snapshotId: 's1',
      seed: 7,
      locale: 'de',
      includeParents: false,
      tables: [
        {
          table: 'public.customers',
          rows: 100,
          overrides: [
            { column: 'provider_col', type: 'provider', expression: '#{Name.firstName}' },
            { column: 'pattern_col', type: 'pattern', regex: '[a-z]{8}', ratio: 0.25 },
            { column: 'constant_col', type: 'constant', value: 'DE' },
            {
              column: 'weighted_col',
              type: 'weighted',
              choices: [{ value: 'DE', weight: 3 }, { value: 'FR' }],
            },
            { column: 'range_col', type: 'range', min: 1, max: 9 },
            { column: 'dates_col', type: 'dates', from: '2025-01-01', to: '2025-12-31' },
            { column: 'nullRatio_col', type: 'nullRatio', ratio: 0.5 },
            { column: 'sql_col', type: 'sql', expression: 'now()' },
            { column: 'default_col', type: 'default' },
          ],
        },
        { table: 'public.orders', perParent: { parent: 'public.customers', min: 1, max: 5 } },
      ],
      mode: 'truncate',
      verify: false,
    });
  });

  it('validates only what the choices use (rows vs per parent, override fields, strategy)', () => {
    const form = buildStudioForm({ connectionId: 'c1' });
    const table = form.controls.tables.at(0);
    table.controls.table.setValue('customers');
    expect(form.valid).toBe(true);
    table.controls.count.setValue('perParent');
    expect(table.controls.rows.disabled).toBe(true);
    expect(form.valid).toBe(false); // the parent is missing
    table.controls.perParent.patchValue({ parent: 'x', min: 5, max: 2 });
    expect(table.controls.perParent.errors).toEqual({ minMax: true });
    table.controls.perParent.patchValue({ max: 6 });
    expect(form.valid).toBe(true);

    const override = overrideGroup({ column: 'email' });
    table.controls.overrides.push(override);
    expect(override.controls.expression.enabled).toBe(true);
    expect(form.valid).toBe(false); // a provider needs its expression
    override.controls.type.setValue('default');
    expect(override.controls.expression.disabled).toBe(true);
    expect(form.valid).toBe(true);
    override.controls.type.setValue('nullRatio');
    expect(override.controls.ratio.hasError('required')).toBe(true);
    override.controls.ratio.setValue(1.5);
    expect(override.controls.ratio.hasError('max')).toBe(true);

    form.controls.strategy.setValue('entity');
    expect(form.controls.tables.disabled).toBe(true);
    expect(form.controls.entity.controls.root.hasError('required')).toBe(true);
    form.controls.entity.patchValue({ root: 'customers', count: 5 });
    form.controls.entity.controls.children.push(childGroup({ table: 'orders', min: 1, max: 3 }));
    expect(form.valid).toBe(true);
    expect(toSeedSpec(form)).toEqual({
      connectionId: 'c1',
      seed: 42,
      locale: 'en',
      entity: { root: 'customers', count: 5, children: [{ table: 'orders', min: 1, max: 3 }] },
      mode: 'append',
      verify: true,
    });
    // Back to standard: the table keeps its per-parent count and its override's choice.
    form.controls.strategy.setValue('standard');
    expect(table.controls.rows.disabled).toBe(true);
    expect(override.controls.expression.disabled).toBe(true);
  });

  it('loads a spec (a past run) and gives it back', () => {
    const form = buildStudioForm({ connectionId: 'c9' });
    const spec = {
      connectionId: 'c1',
      seed: 9,
      locale: 'fr',
      includeParents: true,
      tables: [
        {
          table: 'public.orders',
          perParent: { parent: 'public.customers', min: 0, max: 2 },
          overrides: [{ column: 'note', type: 'constant' as const, value: 'x', ratio: 0.1 }],
        },
      ],
      mode: 'truncate' as const,
      verify: true,
    };
    loadSpec(form, spec);
    expect(toSeedSpec(form)).toEqual(spec);
    loadSpec(form, { connectionId: 'c1', entity: { root: 'customers', count: 3 } });
    expect(form.controls.strategy.value).toBe('entity');
    expect(toSeedSpec(form).entity).toEqual({ root: 'customers', count: 3 });
  });

  it('keeps server messages until the control changes or the next request', () => {
    const form = buildStudioForm({ connectionId: 'c1' });
    const name = form.controls.tables.at(0).controls.table;
    name.setValue('ordrs');
    setServerError(name, 'no table ordrs in the schema');
    setServerError(name, 'twice.');
    expect(name.errors).toEqual({ server: 'no table ordrs in the schema twice.' });
    expect(name.touched).toBe(true);
    clearServerErrors(form);
    expect(name.errors).toBeNull();
    setServerError(name, 'again');
    name.setValue('orders');
    expect(name.errors).toBeNull();
  });

  it('draws seeds in 1..2^31-1', () => {
    expect(randomSeed(() => 0)).toBe(1);
    expect(randomSeed(() => 1 - Number.EPSILON)).toBe(2_147_483_647);
  });
});
