// End-to-end scenario against a running platform:
//   KYTHERA_BASE_URL=http://127.0.0.1:8080 KYTHERA_MAIL_API=http://127.0.0.1:8081 npm run e2e
// register → verification mail → /verify-email → login → create project → dashboard →
// self-test runs to "Done" → a second one is cancelled → the project's activity page lists the
// project creation, the gateway's entries of both self-test POSTs and of the cancel → no console
// errors.
// With `extended` (always on against the mock; KYTHERA_E2E_EXTENDED=1 against a real platform)
// it also walks the access screens: recent activity, project settings, members and invitations,
// teams, profile and sessions, 2FA enrolment and a sign-in with a recovery code, pricing,
// governance (needs a super_admin: the mock's seeded one, or KYTHERA_SUPERADMIN_EMAIL/_PASSWORD)
// and finally deleting the account.
// Prints "N passed, N failed[, N skipped]" last; exits 1 on failure, 2 on missing configuration.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, newPage } from './lib/browser.mjs';
import {
  TIMEOUTS,
  auditedAction,
  auditedRequest,
  confirmDialog,
  createProject,
  expectText,
  expectVisible,
  openDashboard,
  openProjectSection,
  progressOf,
  registerAccount,
  signIn,
  signInAs,
  signInWithRecoveryCode,
  signOut,
  startSelfTest,
  uniqueEmail,
  verifyEmailFromMail,
  waitForAuditEntries,
  waitForAuditEntry,
  waitForJobStatus,
} from './lib/flows.mjs';
import { StepRunner } from './lib/runner.mjs';
import { totp } from './lib/totp.mjs';

export async function runScenario({
  baseUrl,
  mailApi,
  artifactsDir = process.env.KYTHERA_E2E_ARTIFACTS || 'e2e-artifacts',
  name = 'e2e (ui)',
  extended = false,
  superAdmin = null,
  activityTimeout = 60_000,
  // Steps run after the activity step (the mock scenario adds the schema screens and the
  // keyboard-only checks): (runner, currentSession, { email, password, projectName }).
  extraSteps = null,
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

  await runner.step(
    "the project's activity page lists the project creation, both self-test runs and the cancel",
    async () => {
      await openProjectSection(session.page, 'Activity');
      // The gateway records every mutating request as `http.<method>` with its path and status:
      // the two self-test POSTs (202) and the cancel must be there, not just any POST.
      const { hits, seen } = await waitForAuditEntries(
        session.page,
        [
          auditedAction('project.created'),
          auditedRequest('POST', /\/diagnostics\/selftest\b/),
          auditedRequest('POST', /\/diagnostics\/selftest\b/),
          auditedRequest('POST', /\/jobs\/[^/\s]+\/cancel\b/),
        ],
        activityTimeout,
      );
      console.log(
        `      found ${hits.map((e) => e.action).join(', ')} among ${seen.length} entries`,
      );
    },
  );

  if (extraSteps) await extraSteps(runner, () => session, { email, password, projectName });

  if (extended)
    await extendedSteps(runner, () => session, { email, password, superAdmin, activityTimeout });

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

/**
 * The access screens, in one story: the user configures the project, invites someone, makes a
 * team, turns on 2FA and signs in with a recovery code; a super admin (when one is available)
 * changes the user's plan; finally the user deletes the account.
 */
async function extendedSteps(runner, current, { email, password, superAdmin, activityTimeout }) {
  const page = () => current().page;
  const recoveryCodes = [];
  const teamName = `E2E team ${Date.now().toString(36)}`;
  const invitee = uniqueEmail('invitee');

  await runner.step('the dashboard shows recent activity', async () => {
    await openProjectSection(page(), 'Dashboard', /^E2E project/);
    const card = page().getByTestId('recent-activity');
    await expectVisible(card);
    await waitForAuditEntry(
      page(),
      /^(project\.created|http\.post)$/,
      activityTimeout,
      'Refresh recent activity',
    );
    await expectVisible(card.getByRole('link', { name: 'View all activity' }));
  });

  await runner.step('project settings: add environments and save', async () => {
    await openProjectSection(page(), 'Project settings');
    const p = page();
    const names = p.getByLabel('Name', { exact: true });
    // The new row renders after the click resolves: wait for it before filling "the last" one.
    const addEnvironment = async () => {
      const before = await names.count();
      await p.getByRole('button', { name: 'Add environment' }).click();
      await names.nth(before).waitFor({ state: 'visible' });
    };
    await addEnvironment();
    await names.last().fill('prod');
    await p.getByLabel('Production', { exact: true }).last().check();
    await addEnvironment();
    await names.last().fill('staging');
    await p.getByRole('button', { name: 'Save settings' }).click();
    await expectVisible(p.getByText('Project settings saved.'));
    await expectVisible(p.getByText(/^\s*Last changed/));
  });

  await runner.step(
    'members: invite an address, see the pending invitation, cancel it',
    async () => {
      await openProjectSection(page(), 'Members', 'Members & permissions');
      const p = page();
      await expectVisible(p.locator(`[data-member="${email}"]`));
      await p.getByLabel('Email', { exact: true }).fill(invitee);
      await p.getByLabel('Permission', { exact: true }).selectOption('write');
      await p.getByRole('button', { name: 'Invite', exact: true }).click();
      const invitations = p.getByTestId('invitations');
      await expectVisible(invitations.getByText(invitee));
      await invitations
        .getByRole('button', { name: `Cancel the invitation of ${invitee}` })
        .click();
      await confirmDialog(p, 'Cancel invitation');
      await expectVisible(p.getByText('No pending invitations.'));
    },
  );

  await runner.step('teams: create a team, open it, rename it in the team settings', async () => {
    const p = page();
    await p
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Teams', exact: true })
      .click();
    await expectVisible(p.getByRole('heading', { name: 'Teams', level: 1 }));
    await p.getByLabel('Team name', { exact: true }).fill(teamName);
    await p.getByRole('button', { name: 'Create team' }).click();
    await p.getByRole('link', { name: teamName, exact: true }).click();
    await expectVisible(p.getByRole('heading', { name: teamName, level: 1 }));
    await expectVisible(p.getByTestId('team-members').locator(`[data-member="${email}"]`));
    await p.getByRole('link', { name: 'Team settings' }).click();
    await expectVisible(p.getByRole('heading', { name: 'Team settings', level: 1 }));
    await p.getByLabel('Team name', { exact: true }).fill(`${teamName} (renamed)`);
    await p.getByRole('button', { name: 'Rename' }).click();
    await expectVisible(p.getByText('Team renamed.'));
  });

  await runner.step('settings: profile name and the session list', async () => {
    const p = page();
    await p
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    await expectVisible(p.getByRole('heading', { name: 'Profile', level: 2 }));
    await p.getByLabel('Display name', { exact: true }).fill('E2E Tester (renamed)');
    await p.getByRole('button', { name: 'Save profile' }).click();
    await expectVisible(p.getByText('Profile saved.'));
    await p.getByRole('link', { name: 'Password & sessions' }).click();
    await expectVisible(p.getByTestId('sessions'));
  });

  await runner.step(
    '2FA: enrol with a code computed from the key, see the recovery codes once',
    async () => {
      const p = page();
      await p.getByRole('link', { name: 'Two-factor authentication' }).click();
      await p.getByRole('button', { name: 'Set up two-factor authentication' }).click();
      const secret = (await p.getByTestId('mfa-secret').textContent()).replace(/\s+/g, '');
      await expectVisible(p.getByRole('img', { name: /QR code/ }));
      await p.getByLabel('Code from the app', { exact: true }).fill(totp(secret));
      await p.getByRole('button', { name: 'Turn on 2FA' }).click();
      const list = p.getByTestId('recovery-codes').getByRole('listitem');
      await expectVisible(list);
      recoveryCodes.push(...(await list.allTextContents()).map((c) => c.trim()));
      if (recoveryCodes.length !== 10)
        throw new Error(`expected 10 recovery codes, got ${recoveryCodes.length}`);
      await p.getByLabel('I have saved my recovery codes').check();
      await p.getByRole('button', { name: 'Done', exact: true }).click();
      await expectVisible(p.getByTestId('mfa-on'));
    },
  );

  await runner.step('sign out, sign in again with the password and a recovery code', async () => {
    await signOut(page());
    await signInWithRecoveryCode(page(), { email, password, recoveryCode: recoveryCodes[0] });
    await expectVisible(page().getByRole('heading', { name: 'Projects', level: 1 }));
  });

  await runner.step('pricing lists the plans from the API', async () => {
    const p = page();
    await p
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Plans & pricing' })
      .click();
    for (const plan of ['starter', 'pro', 'enterprise'])
      await expectVisible(p.locator(`[data-plan="${plan}"]`));
    await expectVisible(p.locator('[data-plan="starter"]').getByText('Your plan'));
  });

  if (superAdmin) {
    await runner.step(
      'governance: find the user, move it to the Pro plan, statistics, audit log',
      async () => {
        const p = page();
        await signOut(p);
        await signInAs(p, superAdmin, /\/governance\/users/);
        await p.getByLabel('Email or name contains').fill(email);
        await p.getByRole('button', { name: 'Search' }).click();
        const row = p.locator(`[data-user="${email}"]`);
        await expectVisible(row);
        await row.getByLabel(`Plan of ${email}`).selectOption('pro');
        await expectVisible(p.getByText(`${email} updated.`));
        await p.getByRole('link', { name: 'Statistics' }).click();
        await expectVisible(p.getByTestId('stats'));
        await p.getByRole('link', { name: 'Audit log' }).click();
        await waitForAuditEntry(p, /^governance\.user_updated$/, activityTimeout);
        await signOut(p);
        await signInWithRecoveryCode(p, { email, password, recoveryCode: recoveryCodes[1] });
      },
    );
  } else {
    runner.skip('governance (no super_admin account configured)');
  }

  await runner.step('delete the account: the owned project is listed, then deleted', async () => {
    const p = page();
    await p
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    await p.getByRole('link', { name: 'Delete account' }).click();
    await expectVisible(p.getByTestId('owned-projects'));
    await p.getByLabel('Password', { exact: true }).fill(password);
    await p.getByLabel('Authentication or recovery code').fill(recoveryCodes[2]);
    await p.getByRole('button', { name: 'Delete my account' }).click();
    await confirmDialog(p, 'Delete my account');
    const result = p.getByTestId('deletion-result');
    await expectVisible(result);
    await expectText(result, /deleted/);
    await expectVisible(p.getByRole('link', { name: 'Sign in' }));
  });
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
  const superAdmin =
    process.env.KYTHERA_SUPERADMIN_EMAIL && process.env.KYTHERA_SUPERADMIN_PASSWORD
      ? {
          email: process.env.KYTHERA_SUPERADMIN_EMAIL,
          password: process.env.KYTHERA_SUPERADMIN_PASSWORD,
        }
      : null;
  process.exit(
    await runScenario({
      baseUrl: baseUrl.replace(/\/+$/, ''),
      mailApi,
      extended: process.env.KYTHERA_E2E_EXTENDED === '1',
      superAdmin,
    }),
  );
}
