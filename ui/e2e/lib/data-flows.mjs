// Journeys through the data explorer, the entity view, references and schema notes, shared by
// the mock e2e scenario and the screenshot tour. They follow schemaSteps (schema-flows.mjs): the
// "Shop" connection (production, two snapshots: the newest is the migrated shop) and the
// "Warehouse" (staging, 1,200 generated tables) exist. Rows come from e2e/lib/mock-data.mjs.
import {
  TIMEOUTS,
  confirmDialog,
  expectText,
  expectVisible,
  openProjectSection,
} from './flows.mjs';
import { pickConnection } from './schema-flows.mjs';

/** Opens the data explorer on a table of a connection and waits for its rows. */
export async function openTable(page, connection, table) {
  if (!new URL(page.url()).pathname.endsWith('/data')) await openProjectSection(page, 'Data');
  await pickConnection(page, connection);
  const select = page.getByLabel('Table', { exact: true });
  await page.waitForFunction(
    (value) => !!document.querySelector(`#data-table option[value="${value}"]`),
    table,
    { timeout: TIMEOUTS.ui },
  );
  await select.selectOption(table);
  await expectText(page.locator('#data-table-title'), new RegExp(`^${table.replace('.', '\\.')}$`));
  await expectVisible(page.getByTestId('row'));
}

/** The text of a column's cell in the n-th row of the grid. */
export function cell(page, column, row = 0) {
  return page.getByTestId('row').nth(row).locator(`[data-column="${column}"]`);
}

export async function addFilter(page, column, op, value = '') {
  const bar = page.getByTestId('filter-bar');
  await bar.getByLabel('Column', { exact: true }).selectOption(column);
  await bar.getByLabel('Operator', { exact: true }).selectOption(op);
  if (value) await bar.getByLabel('Value', { exact: true }).fill(value);
  await bar.getByRole('button', { name: 'Add filter' }).click();
}

export async function dataSteps(runner, current) {
  const page = () => current().page;

  await runner.step(
    'data explorer: shop orders sorted, shift-sorted, filtered and paged',
    async () => {
      const p = page();
      await openTable(p, 'Shop', 'public.orders');
      await expectText(p.getByTestId('production-badge'), /Production/);
      await p.locator('[data-sort-column="customer_id"]').click();
      await p.waitForURL(/sort=customer_id/);
      await expectText(cell(p, 'customer_id'), /^1$/);
      await p.locator('[data-sort-column="placed_at"]').click({ modifiers: ['Shift'] });
      await p.waitForURL(/sort=customer_id,placed_at/);
      await expectText(p.getByTestId('sort-summary'), /customer_id\s+ascending, then\s+placed_at/);
      await addFilter(p, 'status', 'in', 'paid|shipped');
      await p.waitForURL(/filter=status/);
      await expectText(p.getByTestId('filters'), /status\s+in\s+paid\|shipped/);
      await expectText(p.getByTestId('page-status'), /^Rows 1–50/);
      await p.getByRole('button', { name: 'Next' }).click();
      await expectText(p.getByTestId('page-status'), /^Rows 51–\d+\s+·\s+page 2/);
      const statuses = await p
        .locator('[data-testid="row"] [data-column="status"]')
        .allTextContents();
      if (!statuses.every((s) => /paid|shipped/.test(s)))
        throw new Error(`filtered statuses: ${statuses.join(', ')}`);
    },
  );

  await runner.step(
    'entity view: a foreign key opens the customer, "show all" its orders',
    async () => {
      const p = page();
      await p.getByRole('button', { name: 'Clear filters' }).click();
      await expectText(p.getByTestId('page-status'), /^Rows 1–50\s+·\s+page 1/);
      const link = cell(p, 'customer_id').getByTestId('fk-link');
      const customer = (await link.textContent()).trim();
      await link.click();
      await expectVisible(p.getByRole('heading', { name: 'Row', level: 1 }));
      await expectText(p.locator('#entity-title'), /^public\.customers$/);
      const orders = p.locator('[data-child="public.orders"]');
      await expectVisible(orders.getByTestId('child-row'));
      await orders.getByTestId('show-all').click();
      await expectVisible(p.getByRole('heading', { name: 'Data', level: 1 }));
      await expectText(p.getByTestId('filters'), new RegExp(`customer_id\\s+=\\s+${customer}`));
      const ids = await p
        .locator('[data-testid="row"] [data-column="customer_id"]')
        .allTextContents();
      if (!ids.length || !ids.every((id) => id.trim() === customer))
        throw new Error(`rows of customer ${customer}: ${ids.join(', ')}`);
    },
  );

  await runner.step(
    'data explorer: a production write is refused (403) and writes go off',
    async () => {
      const p = page();
      await openTable(p, 'Shop', 'public.customers');
      await p.getByRole('button', { name: 'Edit row id 1', exact: true }).click();
      const form = p.getByTestId('row-form');
      await expectVisible(form.getByRole('heading', { name: 'Edit row' }));
      await form.getByLabel('name', { exact: true }).fill('Changed in production');
      await form.getByRole('button', { name: 'Save changes' }).click();
      await expectText(form.getByRole('alert'), /Writes are not allowed here/);
      await expectText(p.getByTestId('writes-disabled'), /read-only below the admin role/);
      await form.getByRole('button', { name: 'Cancel' }).click();
      if (await p.getByRole('button', { name: 'New row' }).count())
        throw new Error('"New row" is still offered after the 403');
    },
  );

  await runner.step('data explorer: insert, edit and delete on the staging warehouse', async () => {
    const p = page();
    await openTable(p, 'Warehouse', 'sales.claim_0002');
    await p.getByRole('button', { name: 'New row' }).click();
    const form = p.getByTestId('row-form');
    await expectVisible(form.getByRole('heading', { name: 'New row' }));
    await expectText(form.locator('[data-field="id"]'), /Identity/);
    await form.getByLabel('label', { exact: true }).fill('e2e claim');
    await form.getByLabel('parent_id').fill('not a number');
    await form.getByRole('button', { name: 'Insert row' }).click();
    await expectText(form.locator('[data-field="parent_id"] .field-error'), /whole number/);
    await form.getByLabel('parent_id').fill('999');
    await form.getByRole('button', { name: 'Insert row' }).click();
    await expectText(form.getByRole('alert'), /The database refused the change/);
    await expectText(form.getByRole('alert'), /violates foreign key constraint/);
    await form.getByLabel('parent_id').fill('3');
    await form.getByRole('button', { name: 'Insert row' }).click();
    await form.waitFor({ state: 'detached', timeout: TIMEOUTS.ui });

    await addFilter(p, 'label', 'ilike', 'e2e%');
    await expectText(cell(p, 'label'), /^e2e claim$/);
    const key = await p.getByTestId('row').first().getAttribute('data-key');
    await p.getByRole('button', { name: `Edit row ${key}`, exact: true }).click();
    await form.getByLabel('label', { exact: true }).fill('e2e claim (edited)');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached', timeout: TIMEOUTS.ui });
    await expectText(cell(p, 'label'), /^e2e claim \(edited\)$/);
    await p.getByRole('button', { name: `Delete row ${key}`, exact: true }).click();
    await confirmDialog(p, 'Delete row');
    await expectVisible(p.getByText('No row matches the filters.'));
  });

  await runner.step(
    'references: adopt detected, a manual list, confirm an inferred relation',
    async () => {
      const p = page();
      await openProjectSection(p, 'References');
      await pickConnection(p, 'Shop');
      await expectVisible(p.locator('[data-detected="order_status"]'));
      await p.getByRole('button', { name: 'Adopt detected' }).click();
      await expectText(p.getByTestId('adopt-result'), /3 references added/);
      await expectVisible(p.locator('[data-reference="order_status"]'));
      await p.getByRole('button', { name: 'New reference' }).click();
      await p.getByLabel('Name', { exact: true }).fill('Gift wrap colours');
      await p.getByLabel('Values', { exact: true }).fill('red\ngold\nsilver');
      await p.getByRole('button', { name: 'Create reference' }).click();
      await expectText(p.locator('[data-reference="Gift wrap colours"]'), /manual/);
      await p
        .getByRole('button', { name: 'Confirm public.coupons(customer_id) → public.customers(id)' })
        .click();
      await expectText(p.getByTestId('decided'), /confirmed\s*public\.coupons\(customer_id\)/);
    },
  );

  await runner.step('schema notes: annotate a column of the orders', async () => {
    const p = page();
    await openProjectSection(p, 'Schema');
    await pickConnection(p, 'Shop');
    await p.getByTestId('table-list').locator('[data-table="public.orders"]').click();
    const notes = p.getByTestId('notes');
    await notes.getByLabel('Applies to', { exact: true }).selectOption('public.orders.status');
    await notes.getByLabel('Note', { exact: true }).fill('Refunded orders keep their items.');
    await notes.getByRole('button', { name: 'Add note' }).click();
    await expectText(notes.locator('[data-note="public.orders.status"]'), /Refunded orders/);
  });
}
