/**
 * The sync server for e2e specs: the real server on a fresh embedded store with the demo seed,
 * in a temporary folder removed when it stops. Port from PORT (Playwright sets it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dataDir = mkdtempSync(path.join(tmpdir(), 'fieldcase-e2e-server-'));
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
process.env['FIELDCASE_DATA_DIR'] = dataDir;
process.env['FIELDCASE_SEED_DEMO'] = '1';
process.env['FIELDCASE_LOGINS_PER_MINUTE'] ??= '1000';
process.env['LOG_LEVEL'] ??= 'warn';
await import('../server/main.ts');
