/**
 * `npm run web` and `npm start`: the app with a sync server beside it, so a new user sees
 * sync working with no set-up. Starts the server on its embedded store with the demo seed
 * (or reuses one already answering on the port), builds the app so that its first launch
 * signs in to that server as the demo rep, then serves it in a browser (web) or opens the
 * desktop app (desktop). Ctrl-C stops everything it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { SERVER_NODE_FLAGS } from '../server/node-flags.ts';

const mode = process.argv[2];
if (mode !== 'web' && mode !== 'desktop') {
  console.error('usage: tsx scripts/dev-stack.ts web|desktop');
  process.exit(2);
}

const SERVER_PORT = Number(process.env['FIELDCASE_DEMO_SERVER_PORT'] ?? 8787);
const serverUrl = `http://127.0.0.1:${SERVER_PORT}`;
const children: ChildProcess[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  return child;
}

function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

async function isServerUp(): Promise<boolean> {
  try {
    return (await fetch(`${serverUrl}/api/v1/health`, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}

function stopAll(code: number): never {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stopAll(130));
process.on('SIGTERM', () => stopAll(143));

if (await isServerUp()) {
  console.info(`Using the Fieldcase server already running at ${serverUrl}`);
} else {
  console.info(`Starting a Fieldcase server with the demo workspace at ${serverUrl}`);
  run('npx', ['tsx', ...SERVER_NODE_FLAGS, 'server/main.ts'], { PORT: String(SERVER_PORT), FIELDCASE_SEED_DEMO: '1' });
  for (let attempt = 0; !(await isServerUp()); attempt += 1) {
    if (attempt > 60) {
      console.error('The Fieldcase server did not start; see its messages above.');
      stopAll(1);
    }
    await sleep(500);
  }
}

const buildEnv = { VITE_FIELDCASE_DEMO_SERVER: serverUrl };
if ((await finished(run('npx', ['vite', 'build', '--logLevel', 'warn'], buildEnv))) !== 0) stopAll(1);
if (mode === 'web') {
  stopAll(await finished(run('npx', ['vite', 'preview'])));
} else {
  if ((await finished(run('node', ['scripts/build-electron.mjs']))) !== 0) stopAll(1);
  stopAll(await finished(run('npx', ['electron', '.'])));
}
