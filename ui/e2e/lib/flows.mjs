// User journeys shared by the e2e scenario and the screenshot script. Every wait is explicit
// (visible text, roles, data attributes) with generous timeouts: the real platform starts jobs
// through Kafka and may be slow on a busy CI machine.
import { waitForVerificationToken } from './mail.mjs';

export const TIMEOUTS = { ui: 20_000, mail: 60_000, job: 120_000 };

export function uniqueEmail(prefix = 'e2e') {
  return `${prefix}+${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;
}

/** Waits until `locator`'s text matches `pattern`; fails with the last text seen. */
export async function expectText(locator, pattern, timeout = TIMEOUTS.ui) {
  const deadline = Date.now() + timeout;
  let last = '(not found)';
  while (Date.now() < deadline) {
    try {
      if ((await locator.count()) > 0) {
        last = ((await locator.first().textContent()) ?? '').trim();
        if (pattern.test(last)) return last;
      }
    } catch {
      // detached during re-render: retry
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Expected text ${pattern} within ${timeout / 1000} s, last seen: "${last}"`);
}

export async function expectVisible(locator, timeout = TIMEOUTS.ui) {
  await locator.first().waitFor({ state: 'visible', timeout });
}

export async function registerAccount(page, { name, email, password }) {
  await page.goto('/register');
  await page.getByLabel(/^Name/).fill(name);
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Check your inbox' }));
}

export async function verifyEmailFromMail(page, { mailApi, email }) {
  const token = await waitForVerificationToken(mailApi, email, { timeoutMs: TIMEOUTS.mail });
  await page.goto(`/verify-email?token=${encodeURIComponent(token)}`);
  await expectVisible(page.getByText('Email verified'), TIMEOUTS.ui);
  return token;
}

export async function signIn(page, { email, password }) {
  if (!new URL(page.url()).pathname.startsWith('/login')) await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(/\/projects(\?|$)/, { timeout: TIMEOUTS.ui });
  await expectVisible(page.getByRole('heading', { name: 'Projects', level: 1 }));
}

export async function createProject(page, { name, description }) {
  if (new URL(page.url()).pathname !== '/projects') await page.goto('/projects');
  const form = page.getByRole('region', { name: 'New project' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  if (description) await form.getByLabel(/^Description/).fill(description);
  await form.getByRole('button', { name: 'Create project' }).click();
  await expectVisible(page.getByRole('link', { name, exact: true }));
}

export async function openDashboard(page, { name }) {
  await page.getByRole('link', { name, exact: true }).click();
  await page.waitForURL(/\/projects\/[^/]+$/, { timeout: TIMEOUTS.ui });
  await expectVisible(page.getByRole('heading', { name, level: 1 }));
  await expectVisible(selfTestRegion(page));
}

export function selfTestRegion(page) {
  return page.getByRole('region', { name: 'Pipeline self-test' });
}

/** Starts the self-test and returns the locator of its job card. */
export async function startSelfTest(page, { steps, stepMillis }) {
  const region = selfTestRegion(page);
  const button = region.getByRole('button', { name: 'Run pipeline self-test' });
  await expectEnabled(button, TIMEOUTS.job);
  await region.getByLabel('Steps', { exact: true }).fill(String(steps));
  await region.getByLabel('Step duration (ms)', { exact: true }).fill(String(stepMillis));
  const previousId = await region
    .getByTestId('selftest-job')
    .locator('app-job-card')
    .getAttribute('data-job-id', { timeout: 500 })
    .catch(() => null);
  await button.click();
  const card = region.getByTestId('selftest-job').locator('app-job-card');
  // Wait for the card of the new job (not the previous run's).
  const deadline = Date.now() + TIMEOUTS.ui;
  for (;;) {
    const id = await card.getAttribute('data-job-id', { timeout: TIMEOUTS.ui }).catch(() => null);
    if (id && id !== previousId) break;
    if (Date.now() > deadline) {
      const alert = await region
        .getByRole('alert')
        .textContent({ timeout: 500 })
        .catch(() => null);
      throw new Error(`The new self-test did not appear${alert ? `: ${alert.trim()}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return card;
}

export async function expectEnabled(locator, timeout = TIMEOUTS.ui) {
  const deadline = Date.now() + timeout;
  while (!(await locator.isEnabled().catch(() => false))) {
    if (Date.now() > deadline) throw new Error('Button stayed disabled');
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function waitForJobStatus(card, status, timeout = TIMEOUTS.job) {
  const label = status.charAt(0).toUpperCase() + status.slice(1);
  return expectText(card.getByTestId('job-status'), new RegExp(`^${label}$`, 'i'), timeout);
}

export async function progressOf(card) {
  return Number(await card.getByRole('progressbar').getAttribute('aria-valuenow'));
}

/** Signs in with a password and waits for `landing` (a URL pattern); handles no 2FA. */
export async function signInAs(page, { email, password }, landing) {
  await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(landing, { timeout: TIMEOUTS.ui });
}

/** Password step, then the 2FA step with a recovery code; lands on /projects. */
export async function signInWithRecoveryCode(page, { email, password, recoveryCode }) {
  await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const step = page.getByTestId('mfa-step');
  await expectVisible(step);
  await step.getByRole('button', { name: 'Use a recovery code' }).click();
  await step.getByLabel('Recovery code', { exact: true }).fill(recoveryCode);
  await step.getByRole('button', { name: 'Verify and sign in' }).click();
  await page.waitForURL(/\/projects(\?|$)/, { timeout: TIMEOUTS.ui });
}

export async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.waitForURL(/\/login/, { timeout: TIMEOUTS.ui });
}

/** Follows a link of the open project's section in the sidebar (Activity, Members, …). */
export async function openProjectSection(page, label, heading = label) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await expectVisible(page.getByRole('heading', { name: heading, level: 1 }));
}

/**
 * Waits until the audit list shows an entry that `match`es, pressing the page's Refresh button
 * every few seconds: the audit log is a projection of Kafka events, so on the real platform
 * entries arrive a little after the request. `match` is a RegExp tested on the entry's
 * `data-action`, or a predicate over `{ action, outcome, text }` (`text` is the sentence the
 * list shows, e.g. "POST /api/projects/…/diagnostics/selftest → 202").
 */
export async function waitForAuditEntry(page, match, timeout = 60_000, refreshName = 'Refresh') {
  const test = typeof match === 'function' ? match : (entry) => match.test(entry.action ?? '');
  const { hits, seen } = await waitForAuditEntries(page, [test], timeout, refreshName);
  return { hit: hits[0].action, seen: seen.map((e) => e.action) };
}

/**
 * Like waitForAuditEntry, for several expectations at once: each predicate needs an entry of its
 * own (two predicates that match the same kind of entry need two such entries). Returns the
 * entries matched, in the order of `predicates`, and every entry seen last.
 */
export async function waitForAuditEntries(
  page,
  predicates,
  timeout = 60_000,
  refreshName = 'Refresh',
) {
  const deadline = Date.now() + timeout;
  // Let the first page of the list arrive before judging it.
  await page
    .locator('[data-testid="audit-entry"]')
    .first()
    .waitFor({ state: 'visible', timeout: Math.min(timeout, 5000) })
    .catch(() => {});
  let seen = [];
  for (;;) {
    seen = await page
      .locator('[data-testid="audit-entry"]')
      .evaluateAll((els) =>
        els.map((e) => ({
          action: e.getAttribute('data-action'),
          outcome: e.getAttribute('data-outcome'),
          text: (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
        })),
      )
      .catch(() => []);
    const used = new Set();
    const hits = predicates.map((predicate) => {
      const index = seen.findIndex((entry, i) => !used.has(i) && predicate(entry));
      if (index < 0) return null;
      used.add(index);
      return seen[index];
    });
    if (hits.every(Boolean)) return { hits, seen };
    if (Date.now() > deadline) {
      const missing = predicates
        .map((p, i) => (hits[i] ? null : (p.description ?? p.name ?? `#${i + 1}`)))
        .filter(Boolean);
      throw new Error(
        `No activity entry for ${missing.join(', ')} within ${timeout / 1000} s; seen: ${
          seen.map((e) => e.action).join(', ') || 'none'
        }`,
      );
    }
    await new Promise((r) => setTimeout(r, 2500));
    const refresh = page.getByRole('button', { name: refreshName, exact: true }).first();
    if (await refresh.isEnabled().catch(() => false)) await refresh.click().catch(() => {});
  }
}

/**
 * A predicate for waitForAuditEntries: the gateway's `http.<method>` entry of a successful request
 * whose path matches `pathPattern` (the real gateway and the mock both record method, path and
 * status in the details, which the list shows as "METHOD /path → status").
 */
export function auditedRequest(method, pathPattern) {
  const predicate = (entry) =>
    entry.action === `http.${method.toLowerCase()}` &&
    entry.outcome === 'success' &&
    new RegExp(`\\b${method.toUpperCase()} (\\S*?)${pathPattern.source}`).test(entry.text);
  const path = pathPattern.source.replace(/\\b/g, '').replace(/\\/g, '');
  predicate.description = `${method.toUpperCase()} …${path}`;
  return predicate;
}

/** A predicate for waitForAuditEntries: a domain entry with exactly this action. */
export function auditedAction(action) {
  const predicate = (entry) => entry.action === action;
  predicate.description = action;
  return predicate;
}

/** Answers the app's confirm dialog with its confirm button. */
export async function confirmDialog(page, confirmText) {
  const dialog = page.getByRole('dialog');
  await expectVisible(dialog);
  await dialog.getByRole('button', { name: confirmText, exact: true }).click();
  await dialog.waitFor({ state: 'hidden', timeout: TIMEOUTS.ui });
}

/**
 * Opens the project's dashboard and checks its summary of what the project has: personal (no
 * team), one member, at least one connection and a latest snapshot linked to the schema viewer.
 */
export async function expectProjectContents(page, projectName) {
  await openProjectSection(page, 'Dashboard', projectName);
  const contents = page.getByTestId('project-contents');
  await expectVisible(contents);
  await expectText(contents.getByTestId('contents-team').locator('dd'), /^Personal project$/);
  await expectText(contents.getByTestId('contents-members').locator('dd'), /^1 member\b/);
  await expectText(
    contents.getByTestId('contents-connections').locator('dd'),
    /^\d+ connections?$/,
  );
  await expectVisible(contents.getByTestId('contents-snapshot').getByRole('link'));
  await expectText(contents.getByTestId('contents-snapshot').locator('dd'), /\d+ tables? · /);
}
