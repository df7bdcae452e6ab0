// Saves PNGs of the main screens (registers and signs in a demo user first):
//   KYTHERA_BASE_URL=… KYTHERA_MAIL_API=… npm run screenshots
//   npm run screenshots -- --mock     # against the in-process mock platform (needs npm run build)
// Output: <repo>/docs/screenshots/ (override with KYTHERA_SCREENSHOTS_DIR).
// Governance screens need a super_admin: the mock has one; against a real platform set
// KYTHERA_SUPERADMIN_EMAIL and KYTHERA_SUPERADMIN_PASSWORD, otherwise they are skipped (the demo
// user registers itself and is a `dev`, never a super_admin). The connection, schema, data,
// reference and seed studio screens are only taken with --mock until the introspection and
// generation APIs are part of the platform.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, newPage } from './lib/browser.mjs';
import {
  TIMEOUTS,
  createProject,
  expectText,
  expectVisible,
  openDashboard,
  openProjectSection,
  registerAccount,
  signIn,
  signInAs,
  signOut,
  startSelfTest,
  uniqueEmail,
  verifyEmailFromMail,
  waitForAuditEntry,
  waitForJobStatus,
} from './lib/flows.mjs';
import { startMockPlatform } from './lib/mock-platform.mjs';
import {
  addConnection,
  captureSnapshot,
  pickConnection,
  saveConnection,
  waitForGraph,
} from './lib/schema-flows.mjs';
import { addFilter, cell, openTable } from './lib/data-flows.mjs';
import { configureShopSeed, openSeedStudio, planSeed, previewSeed } from './lib/seed-flows.mjs';
import { StepRunner } from './lib/runner.mjs';

const uiDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(
  process.env.KYTHERA_SCREENSHOTS_DIR || join(uiDir, '..', 'docs', 'screenshots'),
);
const useMock = process.argv.includes('--mock');

let platform = null;
let baseUrl = process.env.KYTHERA_BASE_URL;
let mailApi = process.env.KYTHERA_MAIL_API;
let superAdmin =
  process.env.KYTHERA_SUPERADMIN_EMAIL && process.env.KYTHERA_SUPERADMIN_PASSWORD
    ? {
        email: process.env.KYTHERA_SUPERADMIN_EMAIL,
        password: process.env.KYTHERA_SUPERADMIN_PASSWORD,
      }
    : null;
if (useMock) {
  const staticDir = join(uiDir, 'dist/kythera-ui/browser');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error('No build: run `npm run build` first.');
    process.exit(2);
  }
  platform = await startMockPlatform({ staticDir });
  ({ baseUrl, mailApi } = platform);
  superAdmin ??= platform.superAdmin;
}
if (!baseUrl || !mailApi) {
  console.error('Set KYTHERA_BASE_URL and KYTHERA_MAIL_API (or pass --mock).');
  process.exit(2);
}
baseUrl = baseUrl.replace(/\/+$/, '');
mkdirSync(outDir, { recursive: true });
console.log(`Screenshots of ${baseUrl} → ${outDir}`);

const runner = new StepRunner('screenshots');
const email = uniqueEmail('demo');
const password = `Demo-Password-${Date.now()}`;
const browser = await launchBrowser();
const { page } = await newPage(browser, {
  baseURL: baseUrl,
  viewport: { width: 1440, height: 900 },
});
const shot = async (name) => {
  await page.evaluate(() => document.fonts?.ready);
  await page.waitForTimeout(300); // let transitions settle
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  console.log(`      saved ${file}`);
};
const mainNav = (label) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true });

await runner.step('landing', async () => {
  await page.goto('/');
  await expectVisible(page.getByRole('heading', { level: 1 }));
  await shot('landing');
});
await runner.step('pricing', async () => {
  await page.goto('/pricing');
  await expectVisible(page.locator('[data-plan="starter"]'));
  await shot('pricing');
});
await runner.step('login', async () => {
  await page.goto('/login');
  await expectVisible(page.getByRole('heading', { name: 'Sign in to KytheraDB' }));
  await shot('login');
});
await runner.step('sign in as a demo user', async () => {
  await registerAccount(page, { name: 'Dana Demo', email, password });
  await verifyEmailFromMail(page, { mailApi, email });
  await page.goto('/login');
  await signIn(page, { email, password });
});
await runner.step('projects', async () => {
  await createProject(page, {
    name: 'Billing database',
    description: 'PostgreSQL 15 behind the invoicing service.',
  });
  await createProject(page, {
    name: 'Customer analytics',
    description: 'MariaDB replica used for reporting.',
  });
  await shot('projects');
});
await runner.step('dashboard with a job and recent activity', async () => {
  await openDashboard(page, { name: 'Customer analytics' });
  const first = await startSelfTest(page, { steps: 5, stepMillis: 200 });
  await waitForJobStatus(first, 'done', TIMEOUTS.job);
  const running = await startSelfTest(page, { steps: 60, stepMillis: 250 });
  await waitForJobStatus(running, 'running', TIMEOUTS.job);
  await page.waitForTimeout(4000);
  await shot('dashboard');
});
await runner.step('dashboard (dark theme)', async () => {
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await shot('dashboard-dark');
  await page.getByRole('button', { name: 'Use system theme' }).click();
});
await runner.step('project settings', async () => {
  await openProjectSection(page, 'Project settings');
  const names = page.getByLabel('Name', { exact: true });
  for (const [name, production, description] of [
    ['prod', true, 'Primary in eu-west-1'],
    ['staging', false, 'Nightly copy, anonymised'],
    ['dev', false, ''],
  ]) {
    // The new row renders after the click resolves: wait for it before filling "the last" one.
    const before = await names.count();
    await page.getByRole('button', { name: 'Add environment' }).click();
    await names.nth(before).waitFor({ state: 'visible' });
    await names.last().fill(name);
    if (description)
      await page
        .getByLabel(/^Description/)
        .last()
        .fill(description);
    if (production) await page.getByLabel('Production', { exact: true }).last().check();
  }
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expectVisible(page.getByText('Project settings saved.'));
  await shot('project-settings');
});
await runner.step('members and invitations', async () => {
  await openProjectSection(page, 'Members', 'Members & permissions');
  await page.getByLabel('Email', { exact: true }).fill('carol@example.test');
  await page.getByLabel('Permission', { exact: true }).selectOption('write');
  await page.getByRole('button', { name: 'Invite', exact: true }).click();
  await expectVisible(page.getByTestId('invitations').getByText('carol@example.test'));
  await page.waitForTimeout(5500); // let the toast fade
  await shot('members');
});
await runner.step('activity', async () => {
  await openProjectSection(page, 'Activity');
  await waitForAuditEntry(page, /^project\.member_invited|http\.post$/, 60_000);
  await shot('activity');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await shot('activity-dark');
  await page.getByRole('button', { name: 'Use system theme' }).click();
});
if (useMock) {
  // The connection and schema screens need the introspection API, which only the mock serves
  // for now.
  await runner.step('connections', async () => {
    await openProjectSection(page, 'Connections');
    await addConnection(page, {
      name: 'Shop',
      host: 'db.shop.internal',
      database: 'shop',
      password: 'correct-password',
      environment: 'production',
      ssh: { host: 'bastion.example.com', username: 'ops', password: 'tunnel-password' },
    });
    await shot('connection-form');
    await saveConnection(page, 'Shop');
    await addConnection(page, {
      name: 'Warehouse',
      host: 'warehouse.internal',
      database: 'warehouse',
      password: 'warehouse-password',
      environment: 'staging',
    });
    await saveConnection(page, 'Warehouse');
    await captureSnapshot(page, 'Shop');
    await captureSnapshot(page, 'Shop');
    await captureSnapshot(page, 'Warehouse');
    await page.waitForTimeout(5500); // let the toasts fade
    await shot('connections');
  });
  await runner.step('schema viewer', async () => {
    await page
      .locator('[data-connection="Shop"]')
      .getByRole('link', { name: 'Open in schema viewer' })
      .click();
    await page.getByTestId('table-list').locator('[data-table="public.orders"]').click();
    await expectVisible(page.getByTestId('referenced-by'));
    await shot('schema');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await shot('schema-dark');
    await page.getByRole('button', { name: 'Use system theme' }).click();
  });
  await runner.step('graph', async () => {
    await openProjectSection(page, 'Graph');
    await pickConnection(page, 'Shop');
    await waitForGraph(page);
    await shot('graph');
    await pickConnection(page, 'Warehouse');
    await expectVisible(page.getByText(/Showing 150 of 1,200 tables/));
    await waitForGraph(page);
    await shot('graph-large');
    await page.getByLabel('Find a table').fill('order_0010');
    await page
      .getByRole('button', { name: /order_0010/ })
      .first()
      .click();
    await page.getByLabel('Neighbourhood', { exact: true }).selectOption('2');
    await page.getByLabel('Cluster by', { exact: true }).selectOption('community');
    await expectVisible(page.getByText(/Neighbourhood of .*order_0010/));
    await waitForGraph(page);
    await shot('graph-neighbourhood');
  });
  await runner.step('health', async () => {
    await openProjectSection(page, 'Health');
    await pickConnection(page, 'Shop');
    await expectVisible(page.locator('[data-group="warning"]'));
    await shot('health');
  });
  await runner.step('schema diff', async () => {
    await openProjectSection(page, 'Schema diff');
    await pickConnection(page, 'Shop');
    await expectVisible(page.locator('[data-table="public.orders"]'));
    await shot('schema-diff');
  });
  await runner.step('data explorer', async () => {
    await openTable(page, 'Shop', 'public.orders');
    await page.locator('[data-sort-column="placed_at"]').click();
    await page.locator('[data-sort-column="placed_at"]').click();
    await page.waitForURL(/sort=-placed_at/);
    await addFilter(page, 'status', 'in', 'paid|shipped|refunded');
    await page.waitForURL(/filter=status/);
    await expectVisible(page.getByTestId('filters'));
    await page.waitForTimeout(400);
    await shot('data-explorer');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await shot('data-explorer-dark');
    await page.getByRole('button', { name: 'Use system theme' }).click();
  });
  await runner.step('entity view', async () => {
    await cell(page, 'customer_id').getByTestId('fk-link').click();
    await expectVisible(page.getByRole('heading', { name: 'Row', level: 1 }));
    const orders = page.locator('[data-child="public.orders"]');
    await expectVisible(orders.getByTestId('child-row'));
    await orders.getByTestId('child-row').first().getByRole('link').click();
    await expectText(page.locator('#entity-title'), /^public\.orders$/);
    await expectVisible(page.locator('[data-child="public.order_items"]').getByTestId('child-row'));
    await shot('entity-view');
  });
  await runner.step('row form', async () => {
    await openTable(page, 'Warehouse', 'sales.claim_0002');
    await page.getByRole('button', { name: 'New row' }).click();
    const form = page.getByTestId('row-form');
    await form.getByLabel('label', { exact: true }).fill('Damaged pallet, aisle 4');
    await form.getByLabel('parent_id').fill('999');
    await form.getByRole('button', { name: 'Insert row' }).click();
    await expectText(form.getByRole('alert'), /violates foreign key constraint/);
    await shot('data-row-form');
    await form.getByRole('button', { name: 'Cancel' }).click();
  });
  await runner.step('references', async () => {
    await openProjectSection(page, 'References');
    await pickConnection(page, 'Shop');
    await expectVisible(page.locator('[data-detected="order_status"]'));
    await page.getByRole('button', { name: 'Adopt detected' }).click();
    await expectVisible(page.getByTestId('adopt-result'));
    await page.getByRole('button', { name: 'New reference' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Gift wrap colours');
    await page.getByLabel('Values', { exact: true }).fill('red\ngold\nsilver\nnavy');
    await page.getByRole('button', { name: 'Create reference' }).click();
    await expectVisible(page.locator('[data-reference="Gift wrap colours"]'));
    await page
      .getByRole('button', {
        name: 'Reject public.order_totals(customer_id) → public.customers(id)',
      })
      .click();
    await expectVisible(page.getByTestId('decided'));
    await page.waitForTimeout(5500); // let the toasts fade
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('references');
    await page.getByTestId('relations').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -24));
    await shot('references-heuristics');
  });
  await runner.step('schema notes', async () => {
    await openProjectSection(page, 'Schema');
    await pickConnection(page, 'Shop');
    await page.getByTestId('table-list').locator('[data-table="public.orders"]').click();
    const notes = page.getByTestId('notes');
    await notes.getByLabel('Applies to', { exact: true }).selectOption('public.orders.status');
    await notes
      .getByLabel('Note', { exact: true })
      .fill('Refunded orders keep their items; the refund is in billing.refunds.');
    await notes.getByRole('button', { name: 'Add note' }).click();
    await expectVisible(notes.locator('[data-note="public.orders.status"]'));
    await page.waitForTimeout(5500);
    await notes.scrollIntoViewIfNeeded();
    await shot('schema-notes');
  });
  await runner.step('seed studio', async () => {
    await openSeedStudio(page, 'Shop');
    await configureShopSeed(page);
    await planSeed(page);
    await previewSeed(page);
    await page
      .getByTestId('seed-actions')
      .getByRole('button', { name: 'Run', exact: true })
      .click();
    const run = page.getByTestId('seed-run');
    await expectText(run.getByTestId('job-status'), /^Done$/, TIMEOUTS.job);
    await page.waitForTimeout(5500); // let the toasts fade
    await page.getByTestId('seed-actions').scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      const actions = document.querySelector('[data-testid="seed-actions"]');
      window.scrollBy(0, actions.getBoundingClientRect().top - 24);
    });
    await shot('seed-studio');
  });
} else {
  console.log(
    '  connection and schema screenshots skipped: they need the introspection API (use --mock for now).',
  );
  runner.skip('connections and schema screens (real platform: not yet)');
}
await runner.step('teams', async () => {
  await mainNav('Teams').click();
  await page.getByLabel('Team name', { exact: true }).fill('Data platform');
  await page.getByRole('button', { name: 'Create team' }).click();
  await expectVisible(page.getByRole('link', { name: 'Data platform', exact: true }));
  await page.waitForTimeout(5500);
  await shot('teams');
  await page.getByRole('link', { name: 'Data platform', exact: true }).click();
  await expectVisible(page.getByTestId('team-members'));
  await shot('team');
});
await runner.step('settings', async () => {
  await mainNav('Settings').click();
  await expectVisible(page.getByLabel('Display name', { exact: true }));
  await shot('settings-profile');
  await page.getByRole('link', { name: 'Two-factor authentication' }).click();
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  await expectVisible(page.getByRole('img', { name: /QR code/ }));
  await shot('settings-2fa');
  await page.getByRole('link', { name: 'Delete account' }).click();
  await expectVisible(page.getByTestId('owned-projects'));
  await shot('settings-delete-account');
});
if (superAdmin) {
  await runner.step('governance', async () => {
    await signOut(page);
    await signInAs(page, superAdmin, /\/governance\/users/);
    await expectVisible(page.getByTestId('governance-users'));
    await shot('governance-users');
    await page.getByRole('link', { name: 'Statistics' }).click();
    await expectVisible(page.getByTestId('stats'));
    await shot('governance-stats');
    await page.getByRole('link', { name: 'Audit log' }).click();
    await expectVisible(page.getByTestId('audit-entry'));
    await shot('governance-audit');
  });
} else {
  console.log(
    '  governance screenshots skipped: the demo user is a `dev`, not a super_admin; set KYTHERA_SUPERADMIN_EMAIL and KYTHERA_SUPERADMIN_PASSWORD to include them.',
  );
  runner.skip('governance (no super_admin account)');
}

await browser.close();
await platform?.close();
process.exit(runner.finish());
