// The same scenario against the in-process mock platform (needs only the built UI and
// Chromium): npm run build && npm run e2e:mock. It adds the connection and schema screens
// (e2e/lib/schema-flows.mjs), the data explorer, references and notes (e2e/lib/data-flows.mjs)
// and the seed studio (e2e/lib/seed-flows.mjs), which the real-platform run does not cover yet,
// then the dashboard's project summary and keyboard-only use at 1280×720
// (e2e/lib/keyboard-flows.mjs).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataSteps } from './lib/data-flows.mjs';
import { expectProjectContents } from './lib/flows.mjs';
import { keyboardSteps } from './lib/keyboard-flows.mjs';
import { startMockPlatform } from './lib/mock-platform.mjs';
import { schemaSteps } from './lib/schema-flows.mjs';
import { seedSteps } from './lib/seed-flows.mjs';
import { runScenario } from './platform.e2e.mjs';

const uiDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = join(uiDir, 'dist/kythera-ui/browser');
if (!existsSync(join(staticDir, 'index.html'))) {
  console.error(`No build in ${staticDir}: run \`npm run build\` first.`);
  console.log('0 passed, 1 failed');
  process.exit(2);
}
const platform = await startMockPlatform({ staticDir });
let code = 1;
try {
  code = await runScenario({
    baseUrl: platform.baseUrl,
    mailApi: platform.mailApi,
    name: 'e2e (ui, mock platform)',
    extended: true,
    superAdmin: platform.superAdmin,
    activityTimeout: 10_000,
    // Connections, schema, data, reference and seed screens: the mock serves their API (fixtures
    // in lib/mock-schema.mjs, rows in lib/mock-data.mjs, seeds in lib/mock-seed.mjs).
    // Then the dashboard's summary of what the project now has, and keyboard-only use at a
    // laptop viewport (lib/keyboard-flows.mjs).
    extraSteps: async (runner, current, account) => {
      await schemaSteps(runner, current);
      await dataSteps(runner, current);
      await seedSteps(runner, current);
      await runner.step('the dashboard summarises what the project has', () =>
        expectProjectContents(current().page, account.projectName),
      );
      await keyboardSteps(runner, current, account);
    },
  });
} finally {
  await platform.close();
}
process.exit(code);
