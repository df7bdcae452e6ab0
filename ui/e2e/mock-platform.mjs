// Runs the mock platform for manual development: `npm run mock` then `npm start` (ng serve
// proxies /api to :8080) or open http://127.0.0.1:8080 to use the built UI directly.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockPlatform } from './lib/mock-platform.mjs';

const uiDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const platform = await startMockPlatform({
  port: Number(process.env.MOCK_PORT ?? 8080),
  mailPort: Number(process.env.MOCK_MAIL_PORT ?? 8081),
  staticDir: join(uiDir, 'dist/kythera-ui/browser'),
  log: process.env.MOCK_LOG === '1',
});
console.log(`mock platform: ${platform.baseUrl} (mail API ${platform.mailApi}); Ctrl+C to stop`);
const stop = () => platform.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
