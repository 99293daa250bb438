// Before e2e: use the system Chromium where there is one; otherwise fetch Playwright's own, so
// `npm test` works on any machine.
import { execFileSync } from 'node:child_process';
import { findSystemChromium } from '../tests/helpers/chromium.ts';

const found = findSystemChromium();
if (found) {
  console.info(`e2e browser: ${found}`);
} else {
  console.info('e2e browser: no system Chromium found; installing Playwright’s Chromium');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
