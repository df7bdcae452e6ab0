// Saves PNGs of the main screens (registers and signs in a demo user first):
//   KYTHERA_BASE_URL=… KYTHERA_MAIL_API=… npm run screenshots
//   npm run screenshots -- --mock     # against the in-process mock platform (needs npm run build)
// Output: <repo>/docs/screenshots/ (override with KYTHERA_SCREENSHOTS_DIR).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, newPage } from './lib/browser.mjs';
import {
  TIMEOUTS,
  createProject,
  expectVisible,
  openDashboard,
  registerAccount,
  signIn,
  startSelfTest,
  uniqueEmail,
  verifyEmailFromMail,
  waitForJobStatus,
} from './lib/flows.mjs';
import { startMockPlatform } from './lib/mock-platform.mjs';
import { StepRunner } from './lib/runner.mjs';

const uiDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(
  process.env.KYTHERA_SCREENSHOTS_DIR || join(uiDir, '..', 'docs', 'screenshots'),
);
const useMock = process.argv.includes('--mock');

let platform = null;
let baseUrl = process.env.KYTHERA_BASE_URL;
let mailApi = process.env.KYTHERA_MAIL_API;
if (useMock) {
  const staticDir = join(uiDir, 'dist/kythera-ui/browser');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error('No build: run `npm run build` first.');
    process.exit(2);
  }
  platform = await startMockPlatform({ staticDir });
  ({ baseUrl, mailApi } = platform);
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

await runner.step('landing', async () => {
  await page.goto('/');
  await expectVisible(page.getByRole('heading', { level: 1 }));
  await shot('landing');
});
await runner.step('pricing', async () => {
  await page.goto('/pricing');
  await expectVisible(page.getByRole('heading', { name: 'Plans & pricing' }));
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
await runner.step('dashboard with a job', async () => {
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

await browser.close();
await platform?.close();
process.exit(runner.finish());
