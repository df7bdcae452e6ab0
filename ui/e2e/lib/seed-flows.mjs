// Journeys through the seed studio, shared by the mock e2e scenario and the screenshot tour.
// They follow schemaSteps (schema-flows.mjs): the "Shop" connection has snapshots (the newest is
// the migrated shop of e2e/lib/mock-schema.mjs). The mock plans with lib/mock-seed.mjs.
import { TIMEOUTS, expectText, expectVisible, openProjectSection } from './flows.mjs';

/** Opens the seed studio on a connection and waits for its tables. */
export async function openSeedStudio(page, connection) {
  await openProjectSection(page, 'Seed studio');
  const select = page.locator('#seed-connection');
  await expectVisible(select);
  const value = await select
    .locator('option', { hasText: connection })
    .first()
    .getAttribute('value');
  await select.selectOption(value);
  await expectText(page.getByTestId('snapshot-status'), /Tables from the snapshot of/);
}

/** A table entry of the studio (0-based): name and a count (rows, or per parent row). */
export async function setSeedTable(page, index, { table, rows = null, perParent = null }) {
  while ((await page.locator('[data-seed-table]').count()) <= index)
    await page.getByRole('button', { name: 'Add table' }).click();
  await page.locator(`#seed-t${index}-table`).fill(table);
  if (perParent) {
    await page.locator(`#seed-t${index}-count`).selectOption('perParent');
    await page.locator(`#seed-t${index}-parent`).fill(perParent.parent);
    await page.locator(`#seed-t${index}-min`).fill(String(perParent.min));
    await page.locator(`#seed-t${index}-max`).fill(String(perParent.max));
  } else {
    await page.locator(`#seed-t${index}-count`).selectOption('rows');
    await page.locator(`#seed-t${index}-rows`).fill(String(rows));
  }
}

/** 40 customers (e-mails from a pattern) with 1–3 orders each, seed 2026. */
export async function configureShopSeed(page) {
  await setSeedTable(page, 0, { table: 'public.customers', rows: 40 });
  const entry = page.locator('[data-seed-table="0"]');
  await entry.getByRole('button', { name: /Add override/ }).click();
  await page.locator('#seed-t0-o0-column').fill('email');
  await page.locator('#seed-t0-o0-type').selectOption('pattern');
  await page.locator('#seed-t0-o0-regex').fill('[a-z]{8}@example\\.com');
  await setSeedTable(page, 1, {
    table: 'public.orders',
    perParent: { parent: 'public.customers', min: 1, max: 3 },
  });
  await page.locator('#seed-seed').fill('2026');
}

export async function planSeed(page) {
  await page.getByTestId('seed-actions').getByRole('button', { name: 'Plan', exact: true }).click();
  const plan = page.getByTestId('seed-plan');
  await expectVisible(plan);
  return plan;
}

export async function previewSeed(page) {
  await page
    .getByTestId('seed-actions')
    .getByRole('button', { name: 'Preview', exact: true })
    .click();
  const preview = page.getByTestId('seed-preview');
  await expectVisible(preview.getByTestId('preview-row').first());
  return preview;
}

export async function seedSteps(runner, current) {
  const page = () => current().page;

  await runner.step('seed studio: an unknown table is shown on its field (400)', async () => {
    const p = page();
    await openSeedStudio(p, 'Shop');
    await expectVisible(p.getByTestId('production-warning'));
    await setSeedTable(p, 0, { table: 'ordrs', rows: 20 });
    await p.getByTestId('seed-actions').getByRole('button', { name: 'Plan', exact: true }).click();
    await expectText(p.locator('#seed-t0-table-error'), /no table ordrs in the schema/);
    if ((await p.locator('#seed-t0-table').getAttribute('aria-invalid')) !== 'true')
      throw new Error('the table field is not marked invalid');
  });

  await runner.step(
    'seed studio: plan (insert order, parents) and preview rows per table',
    async () => {
      const p = page();
      await configureShopSeed(p);
      const plan = await planSeed(p);
      const tables = await plan
        .locator('[data-plan-table]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-plan-table')));
      if (tables.join() !== 'public.customers,public.orders')
        throw new Error(`plan tables: ${tables.join(', ')}`);
      await expectText(plan.getByTestId('plan-total'), /^\s*\d+\s*$/);
      await expectText(
        plan.locator('[data-plan-table="public.customers"] [data-plan-column="email"]'),
        /override:pattern/,
      );
      const preview = await previewSeed(p);
      await expectText(preview.getByTestId('preview-panel'), /@example\.com/);
      // Arrow keys move between the tables' tabs.
      await preview.getByRole('tab', { name: /public\.customers/ }).focus();
      await p.keyboard.press('ArrowRight');
      await expectText(preview.getByRole('tab', { selected: true }), /public\.orders/);
      await expectVisible(
        preview.locator('[data-table="public.orders"]').getByTestId('preview-row').first(),
      );
    },
  );

  await runner.step(
    'seed studio: run with live progress to "Done", then see it in the history',
    async () => {
      const p = page();
      await p.getByTestId('seed-actions').getByRole('button', { name: 'Run', exact: true }).click();
      const run = p.getByTestId('seed-run');
      await expectText(run.getByTestId('job-status'), /^Done$/, TIMEOUTS.job);
      await expectText(run.getByTestId('result-rows'), /\d/);
      await expectText(run.getByTestId('integrity'), /Passed: \d+ constraints checked/);
      await p.getByRole('tab', { name: 'History' }).click();
      const row = p.getByTestId('history-row').first();
      await expectText(row.getByTestId('job-status'), /^Done$/);
      await expectText(row.getByTestId('outcome'), /committed/);
      await row.getByRole('button', { name: /^Details/ }).click();
      const detail = p.getByTestId('history-detail');
      await expectText(detail.getByTestId('history-request'), /"public\.customers"/);
      await expectVisible(detail.locator('[data-result-table="public.orders"]'));
      await p.keyboard.press('Escape');
      await detail.waitFor({ state: 'hidden', timeout: TIMEOUTS.ui });
    },
  );

  await runner.step('seed studio: save as a template with a parameter and run it', async () => {
    const p = page();
    await p.getByRole('tab', { name: 'Studio' }).click();
    await p.getByRole('button', { name: 'Save as template' }).click();
    const editor = p.getByTestId('template-editor');
    await editor.getByLabel('Name', { exact: true }).fill('Shop smoke data');
    await editor.getByLabel(/Rows of public\.customers/).fill('customers');
    await editor.getByRole('button', { name: 'Create template' }).click();
    const item = p.locator('[data-template="Shop smoke data"]');
    await expectText(item, /customers = 40/);
    await item.getByRole('button', { name: 'Run Shop smoke data' }).click();
    await p.locator('#tpl-run-p-customers').fill('12');
    await item.getByRole('button', { name: 'Run template' }).click();
    await expectText(
      item.getByTestId('template-job').getByTestId('job-status'),
      /^Done$/,
      TIMEOUTS.job,
    );
    await p.getByRole('tab', { name: 'History' }).click();
    await expectText(p.getByTestId('history-row').first().locator('td').nth(2), /template/);
  });
}
