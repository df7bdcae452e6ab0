// End-to-end scenario against a running platform:
//   KYTHERA_BASE_URL=http://127.0.0.1:8080 KYTHERA_MAIL_API=http://127.0.0.1:8081 npm run e2e
// register → verification mail → /verify-email → login → create project → dashboard →
// self-test runs to "Done" → a second one is cancelled → no console errors.
// Prints "N passed, N failed" last; exits 1 on failure, 2 on missing configuration.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, newPage } from './lib/browser.mjs';
import {
  TIMEOUTS,
  createProject,
  expectText,
  expectVisible,
  openDashboard,
  progressOf,
  registerAccount,
  signIn,
  startSelfTest,
  uniqueEmail,
  verifyEmailFromMail,
  waitForJobStatus,
} from './lib/flows.mjs';
import { StepRunner } from './lib/runner.mjs';

export async function runScenario({
  baseUrl,
  mailApi,
  artifactsDir = process.env.KYTHERA_E2E_ARTIFACTS || 'e2e-artifacts',
  name = 'e2e (ui)',
}) {
  const runner = new StepRunner(name);
  const email = uniqueEmail('e2e');
  const password = `Correct-Horse-${Date.now()}`;
  const projectName = `E2E project ${new Date().toISOString().slice(11, 19)}`;
  let browser;
  let session;

  console.log(`UI e2e against ${baseUrl} (mail API ${mailApi}) as ${email}`);
  runner.onFailure = async (title) => {
    if (!session?.page) return;
    mkdirSync(artifactsDir, { recursive: true });
    const file = join(
      artifactsDir,
      `failure-${title.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`,
    );
    await session.page.screenshot({ path: file, fullPage: true });
    console.log(`      screenshot: ${file}`);
  };

  await runner.step('launch Chromium and open the landing page', async () => {
    browser = await launchBrowser();
    session = await newPage(browser, { baseURL: baseUrl });
    await session.page.goto('/');
    await expectVisible(session.page.getByRole('heading', { level: 1 }));
    await expectVisible(session.page.getByRole('link', { name: 'Create a free account' }));
  });

  await runner.step('register a new account', () =>
    registerAccount(session.page, { name: 'E2E Tester', email, password }),
  );

  await runner.step('verify the email with the code from the mail sink', () =>
    verifyEmailFromMail(session.page, { mailApi, email }),
  );

  await runner.step('sign in', async () => {
    await session.page.getByRole('link', { name: 'Continue to sign in' }).click();
    await signIn(session.page, { email, password });
  });

  await runner.step('create a project', () =>
    createProject(session.page, {
      name: projectName,
      description: 'Created by the UI end-to-end test.',
    }),
  );

  await runner.step('open the project dashboard', () =>
    openDashboard(session.page, { name: projectName }),
  );

  await runner.step('run the pipeline self-test to done', async () => {
    const card = await startSelfTest(session.page, { steps: 10, stepMillis: 200 });
    await waitForJobStatus(card, 'done', TIMEOUTS.job);
    const progress = await progressOf(card);
    if (progress !== 100) throw new Error(`progress bar shows ${progress}%, expected 100%`);
    await expectText(card.getByTestId('job-message'), /.+/, TIMEOUTS.ui).catch(() => {});
  });

  await runner.step('start another self-test and cancel it', async () => {
    const card = await startSelfTest(session.page, { steps: 300, stepMillis: 200 });
    // Cancel while it is still working (pending or running).
    const cancel = card.getByRole('button', { name: /^Cancel/ });
    await cancel.waitFor({ state: 'visible', timeout: TIMEOUTS.ui });
    await cancel.click();
    await waitForJobStatus(card, 'cancelled', TIMEOUTS.job);
    await expectVisible(card.getByText(/^Cancelled/), TIMEOUTS.ui);
  });

  await runner.step('the jobs panel lists both runs with their final states', async () => {
    const panel = session.page.getByTestId('jobs-panel');
    await expectVisible(panel.locator('[data-testid="job-status"][data-status="done"]'));
    await expectVisible(panel.locator('[data-testid="job-status"][data-status="cancelled"]'));
  });

  await runner.step('no console errors or uncaught exceptions', async () => {
    const { consoleErrors, pageErrors, failedResources } = session.problems;
    if (failedResources.length)
      console.log(`      (network errors logged by Chromium: ${failedResources.length})`);
    const all = [...pageErrors, ...consoleErrors];
    if (all.length) throw new Error(`Console errors:\n${all.join('\n')}`);
  });

  await browser?.close().catch(() => {});
  return runner.finish();
}

// Run directly (npm run e2e).
if (import.meta.url === `file://${process.argv[1]}`) {
  const baseUrl = process.env.KYTHERA_BASE_URL;
  const mailApi = process.env.KYTHERA_MAIL_API;
  if (!baseUrl || !mailApi) {
    console.error(
      'Set KYTHERA_BASE_URL (the gateway, e.g. http://127.0.0.1:8080) and KYTHERA_MAIL_API (GreenMail HTTP API, e.g. http://127.0.0.1:8081).',
    );
    console.log('0 passed, 1 failed');
    process.exit(2);
  }
  process.exit(await runScenario({ baseUrl: baseUrl.replace(/\/+$/, ''), mailApi }));
}
