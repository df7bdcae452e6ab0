// Keyboard-only journeys at a laptop viewport (issue: "keyboard-usable, visible focus, responsive
// down to a laptop width"): sign in with Tab/typing/Enter, then open a confirm dialog with Enter,
// dismiss it with Escape and confirm it with Tab + Enter. Nothing here clicks. Runs in its own
// browser context (a fresh, signed-out session) next to the scenario's page.
import { newPage } from './browser.mjs';
import { TIMEOUTS, expectVisible } from './flows.mjs';

export const LAPTOP_VIEWPORT = { width: 1280, height: 720 };

/** What has the focus: enough to name it in assertions and to check its focus ring. */
export function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body' };
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id || null,
      label: el.getAttribute('aria-label'),
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
      inDialog: !!el.closest('dialog[open]'),
      // styles.css draws the focus ring as an outline on :focus-visible.
      ring:
        el.matches(':focus-visible') &&
        style.outlineStyle !== 'none' &&
        parseFloat(style.outlineWidth) > 0,
    };
  });
}

const describe = (f) =>
  f.tag === 'body' ? 'the page' : `${f.tag}${f.id ? `#${f.id}` : ''} "${f.label ?? f.text}"`;
const same = (a, b) => a.tag === b.tag && a.id === b.id && a.label === b.label && a.text === b.text;

/**
 * Presses Tab (or `key`, e.g. Shift+Tab) until `target(focus)` holds, at most `max` times. Every
 * press must move the focus to another element, and every element reached must show a focus ring.
 */
export async function tabTo(page, target, { max = 60, what = 'the target', key = 'Tab' } = {}) {
  let previous = await focused(page);
  const path = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (same(now, previous)) throw new Error(`${key} did not move the focus from ${describe(now)}`);
    if (now.tag !== 'body' && !now.ring)
      throw new Error(`${describe(now)} has the focus but no visible focus ring`);
    path.push(describe(now));
    if (target(now)) return now;
    previous = now;
  }
  throw new Error(`${what} not reached with ${max} × ${key}; went through: ${path.join(' → ')}`);
}

async function expectFocus(page, predicate, what) {
  const deadline = Date.now() + TIMEOUTS.ui;
  let now;
  do {
    now = await focused(page);
    if (predicate(now)) return now;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < deadline);
  throw new Error(`Expected the focus on ${what}, it is on ${describe(now)}`);
}

/** The page fits the viewport's width (no horizontal scrolling). */
async function expectNoHorizontalScroll(page, where) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  if (scroll > client)
    throw new Error(`${where} scrolls sideways at ${client}px: content is ${scroll}px wide`);
}

/** The keyboard steps; `credentials` is the scenario's verified account. */
export async function keyboardSteps(runner, current, { email, password }) {
  let kb = null;
  const projectName = `Keyboard ${Date.now().toString(36)}`;

  await runner.step(
    `keyboard only at ${LAPTOP_VIEWPORT.width}×${LAPTOP_VIEWPORT.height}: sign in with Tab and Enter`,
    async () => {
      const { page: main } = current();
      kb = await newPage(main.context().browser(), {
        baseURL: new URL(main.url()).origin,
        viewport: LAPTOP_VIEWPORT,
      });
      const p = kb.page;
      await p.goto('/login');
      await expectVisible(p.getByRole('heading', { name: 'Sign in to KytheraDB' }));
      await expectNoHorizontalScroll(p, '/login');

      // The first Tab reaches the skip link, then the header, then the form.
      await p.keyboard.press('Tab');
      const first = await focused(p);
      if (first.text !== 'Skip to content')
        throw new Error(`the first Tab should reach "Skip to content", got ${describe(first)}`);
      await tabTo(p, (f) => f.id === 'email', { what: 'the Email field' });
      await p.keyboard.type(email);
      // Email → "Forgot password?" → Password → Sign in: the visual order.
      await tabTo(p, (f) => f.tag === 'a' && f.text === 'Forgot password?', { max: 1 });
      await tabTo(p, (f) => f.id === 'password', { max: 1, what: 'the Password field' });
      await p.keyboard.type(password);
      await tabTo(p, (f) => f.tag === 'button' && f.text === 'Sign in', {
        max: 1,
        what: 'the Sign in button',
      });
      await p.keyboard.press('Enter');
      await p.waitForURL(/\/projects(\?|$)/, { timeout: TIMEOUTS.ui });
      await expectVisible(p.getByRole('heading', { name: 'Projects', level: 1 }));
      await expectNoHorizontalScroll(p, '/projects');
    },
  );

  await runner.step(
    'keyboard only: Enter opens a confirm dialog, Escape closes it, Tab + Enter confirms',
    async () => {
      const p = kb.page;
      // A project of its own to delete, created from the keyboard too.
      await tabTo(p, (f) => f.id === 'project-name', { max: 80, what: 'the new project name' });
      await p.keyboard.type(projectName);
      await p.keyboard.press('Enter');
      const link = p.getByRole('link', { name: projectName, exact: true });
      await expectVisible(link);

      const deleteLabel = `Delete ${projectName}`;
      const dialog = p.getByRole('dialog');
      // The list comes before the form: back with Shift+Tab to the project's delete button.
      const trigger = await tabTo(p, (f) => f.label === deleteLabel, {
        key: 'Shift+Tab',
        max: 80,
        what: `the "${deleteLabel}" button`,
      });

      await p.keyboard.press('Enter');
      await expectVisible(dialog);
      // The safe choice has the focus first.
      await expectFocus(p, (f) => f.inDialog && f.text === 'Cancel', 'the dialog’s Cancel');
      await p.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden', timeout: TIMEOUTS.ui });
      await expectFocus(p, (f) => same(f, trigger), `the "${deleteLabel}" button again`);
      await expectVisible(link);

      await p.keyboard.press('Enter');
      await expectVisible(dialog);
      await expectFocus(p, (f) => f.inDialog && f.text === 'Cancel', 'the dialog’s Cancel');
      await tabTo(p, (f) => f.inDialog && f.text === 'Delete project', {
        max: 1,
        what: 'the dialog’s "Delete project"',
      });
      await p.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden', timeout: TIMEOUTS.ui });
      await link.waitFor({ state: 'detached', timeout: TIMEOUTS.ui });
      await expectVisible(p.getByText(`Project “${projectName}” deleted.`));

      const { consoleErrors, pageErrors } = kb.problems;
      const all = [...pageErrors, ...consoleErrors];
      if (all.length) throw new Error(`Console errors:\n${all.join('\n')}`);
    },
  );

  await kb?.context.close().catch(() => {});
}
