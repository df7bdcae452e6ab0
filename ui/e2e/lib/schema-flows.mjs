// Journeys through the connection and schema screens, shared by the mock e2e scenario and the
// screenshot tour. They rely on the mock platform's fixtures (e2e/lib/mock-schema.mjs): a
// password "wrong" is refused, a database named "warehouse" has 1,200 tables, the second
// snapshot of the shop is the migrated version.
import { TIMEOUTS, expectText, expectVisible, openProjectSection } from './flows.mjs';

/** Fills and saves the connection form (opened with "New connection"). */
export async function addConnection(
  page,
  { name, host, database, username = 'app', password, environment = 'development', ssh = null },
) {
  await page.getByRole('button', { name: 'New connection' }).first().click();
  const form = page.getByRole('region', { name: 'New connection' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Host', { exact: true }).fill(host);
  await form.getByLabel('Database', { exact: true }).fill(database);
  await form.getByLabel('Username', { exact: true }).fill(username);
  await form.locator('#conn-password').fill(password);
  await form.getByLabel('Environment', { exact: true }).selectOption(environment);
  if (ssh) {
    await form.getByLabel('Connect through an SSH bastion').check();
    await form.getByLabel('SSH host', { exact: true }).fill(ssh.host);
    await form.getByLabel('SSH username', { exact: true }).fill(ssh.username);
    await form.getByLabel('SSH password', { exact: true }).fill(ssh.password);
    await form.getByRole('button', { name: 'Fetch host key' }).click();
    await expectText(form.getByTestId('host-key-fingerprint'), /^SHA256:/);
    await form.getByLabel('Trust this key').check();
  }
  return form;
}

export async function saveConnection(page, name) {
  const form = page.getByRole('region', { name: 'New connection' });
  await form.getByRole('button', { name: 'Save connection' }).click();
  await expectVisible(page.locator(`[data-connection="${name}"]`));
}

/** Starts a snapshot of a listed connection and waits for the job to be done. */
export async function captureSnapshot(page, name) {
  const row = page.locator(`[data-connection="${name}"]`);
  await row.getByRole('button', { name: `Capture a snapshot of ${name}` }).click();
  const card = row.getByTestId('capture-job');
  await expectText(card.getByTestId('job-status'), /^Done$/, TIMEOUTS.job);
  await expectVisible(card.getByRole('link', { name: 'Open in schema viewer' }));
  return card;
}

/** Selects a connection by its name in the picker of a schema screen. */
export async function pickConnection(page, name) {
  const select = page.getByLabel('Connection', { exact: true });
  await expectVisible(select);
  const value = await select.locator('option', { hasText: name }).first().getAttribute('value');
  await select.selectOption(value);
}

export async function openSchemaSection(page, label, heading = label) {
  await openProjectSection(page, label, heading);
}

export async function waitForGraph(page) {
  const canvas = page.getByTestId('graph-canvas');
  await expectVisible(canvas);
  await canvas.locator('canvas').first().waitFor({ state: 'attached', timeout: TIMEOUTS.ui });
  await page.waitForTimeout(800); // layout and first paint
  return canvas;
}

/**
 * The whole journey: connections (a refused password shown on its field, SSH with a pinned host
 * key, a 1,200-table warehouse), snapshots, schema viewer, graph, health and diff.
 */
export async function schemaSteps(runner, current) {
  const page = () => current().page;

  await runner.step('connections: a refused password is shown on the password field', async () => {
    const p = page();
    await openProjectSection(p, 'Connections');
    await expectVisible(p.getByText('No connections yet'));
    await addConnection(p, {
      name: 'Shop',
      host: 'db.shop.internal',
      database: 'shop',
      password: 'wrong',
      environment: 'production',
      ssh: { host: 'bastion.example.com', username: 'ops', password: 'tunnel-password' },
    });
    const form = p.getByRole('region', { name: 'New connection' });
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expectText(p.locator('[id="password-error"]'), /password authentication failed/);
    await form.locator('#conn-password').fill('correct-password');
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expectText(form.getByTestId('test-result'), /Connected to PostgreSQL 16\.3 in \d+ ms/);
  });

  await runner.step(
    'connections: save over SSH with the trusted host key, add a warehouse',
    async () => {
      const p = page();
      await saveConnection(p, 'Shop');
      const shop = p.locator('[data-connection="Shop"]');
      await expectText(shop.getByTestId('environment'), /production/);
      await expectVisible(shop.getByText('SSH', { exact: true }));
      await addConnection(p, {
        name: 'Warehouse',
        host: 'warehouse.internal',
        database: 'warehouse',
        password: 'warehouse-password',
        environment: 'staging',
      });
      await saveConnection(p, 'Warehouse');
    },
  );

  await runner.step(
    'snapshots: capture the shop twice and the warehouse, live progress',
    async () => {
      const p = page();
      await captureSnapshot(p, 'Shop');
      await captureSnapshot(p, 'Shop');
      await captureSnapshot(p, 'Warehouse');
      await expectText(p.locator('[data-connection="Warehouse"]'), /1,200 tables/);
    },
  );

  await runner.step('schema viewer: search, composite primary key, referenced by', async () => {
    const p = page();
    await p
      .locator('[data-connection="Shop"]')
      .getByRole('link', { name: 'Open in schema viewer' })
      .click();
    await expectVisible(p.getByRole('heading', { name: 'Schema', level: 1 }));
    await p.getByLabel('Search', { exact: true }).fill('order');
    await p.getByTestId('table-list').locator('[data-table="public.order_items"]').click();
    await expectText(p.locator('#table-title'), /public\.order_items/);
    await expectVisible(p.getByText('(order_id, product_id)'));
    await p.getByTestId('table-list').locator('[data-table="public.orders"]').click();
    await expectText(p.getByTestId('referenced-by'), /public\.order_items/);
  });

  await runner.step('graph: 1,200 tables capped to 150, search and neighbourhood', async () => {
    const p = page();
    await openSchemaSection(p, 'Graph');
    await pickConnection(p, 'Warehouse');
    const canvas = await waitForGraph(p);
    await expectText(p.getByTestId('graph-notice'), /Showing 150 of 1,200 tables/);
    if ((await canvas.getAttribute('data-nodes')) !== '150')
      throw new Error(`graph shows ${await canvas.getAttribute('data-nodes')} nodes, expected 150`);
    await p.getByLabel('Find a table').fill('order_0010');
    await p
      .getByRole('button', { name: /order_0010/ })
      .first()
      .click();
    await expectText(p.getByTestId('graph-notice'), /Neighbourhood of .*order_0010/);
    await expectVisible(p.getByRole('link', { name: 'Open in schema viewer' }));
  });

  await runner.step('health: findings by severity, a location opens the table', async () => {
    const p = page();
    await openSchemaSection(p, 'Health');
    await pickConnection(p, 'Shop');
    await expectVisible(p.locator('[data-group="warning"]'));
    await p.locator('[data-code="unindexed-foreign-key"]').getByRole('link').first().click();
    await expectVisible(p.getByRole('heading', { name: 'Schema', level: 1 }));
    await expectText(p.locator('#table-title'), /^public\./);
  });

  await runner.step('schema diff: the migration between the two shop snapshots', async () => {
    const p = page();
    await openSchemaSection(p, 'Schema diff');
    await pickConnection(p, 'Shop');
    const summary = p.getByTestId('diff-summary');
    await expectText(summary.locator('[data-kind="added"]'), /3/);
    await expectVisible(p.locator('[data-table="public.orders"]').getByText('discount_cents'));
    await expectVisible(p.locator('[data-table="public.coupons"]'));
  });
}
