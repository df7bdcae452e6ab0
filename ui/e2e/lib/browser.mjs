// Launches Debian's Chromium through playwright-core (no browser download, ever).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    );
  }
  return path;
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/**
 * A page that records console errors and uncaught exceptions. "Failed to load resource" lines
 * are Chromium's own log of non-2xx responses (expected in some flows) and are kept apart.
 */
export async function newPage(
  browser,
  { baseURL, viewport = { width: 1440, height: 900 }, colorScheme = 'light' } = {},
) {
  const context = await browser.newContext({
    baseURL,
    viewport,
    colorScheme,
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const problems = { consoleErrors: [], pageErrors: [], failedResources: [] };
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (text.startsWith('Failed to load resource')) problems.failedResources.push(text);
    else problems.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error?.stack ?? error)));
  return { context, page, problems };
}
