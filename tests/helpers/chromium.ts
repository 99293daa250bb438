/**
 * The Chromium that e2e specs and benchmarks drive. Debian's build (or one named by
 * FIELDCASE_CHROMIUM) where present; the flags keep it off a network this machine cannot reach.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findSystemChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return [env['FIELDCASE_CHROMIUM'], '/usr/bin/chromium'].find((path): path is string => !!path && existsSync(path));
}
