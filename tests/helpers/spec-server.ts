/** The real admin CLI (`npm run admin`), run against a test server's data folder as product would run it. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `admin …args` on the embedded store in `dataDir` and returns what it printed. */
export async function runAdmin(dataDir: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['server/cli/admin.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, FIELDCASE_DATA_DIR: dataDir, DATABASE_URL: '' },
  });
  return stdout;
}
