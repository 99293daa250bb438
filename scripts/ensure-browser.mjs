// Before e2e: use the system Chromium where there is one (FIELDCASE_CHROMIUM or Debian's
// /usr/bin/chromium); otherwise fetch Playwright's own, so `npm test` works on any machine.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.FIELDCASE_CHROMIUM, '/usr/bin/chromium'].filter(Boolean);
const found = candidates.find((path) => existsSync(path));
if (found) {
  console.info(`e2e browser: ${found}`);
} else {
  console.info('e2e browser: no system Chromium found; installing Playwright’s Chromium');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
