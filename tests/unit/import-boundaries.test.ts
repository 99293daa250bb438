/**
 * Proves the lint rules that hold ARCHITECTURE.md's import boundaries: each crossing import is
 * reported, and each allowed one is not. Linting real text through the project's own config.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd });

async function restrictedMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

const crossing: [string, string][] = [
  ['shared/domain/x.ts', "import { a } from '../../renderer/db/database.ts';\nexport const b = a;"],
  ['shared/domain/x.ts', "import { a } from '../../server/config.ts';\nexport const b = a;"],
  ['shared/domain/x.ts', "import { app } from 'electron';\nexport const b = app;"],
  ['shared/domain/x.ts', "import { createRxDatabase } from 'rxdb';\nexport const b = createRxDatabase;"],
  ['shared/domain/x.ts', "import { useState } from 'react';\nexport const b = useState;"],
  ['renderer/features/notes/x.ts', "import { a } from '../../../electron/main/window.ts';\nexport const b = a;"],
  ['renderer/features/notes/x.ts', "import { a } from '../../../server/config.ts';\nexport const b = a;"],
  ['renderer/features/notes/x.ts', "import { ipcRenderer } from 'electron';\nexport const b = ipcRenderer;"],
  ['renderer/features/notes/x.ts', "import { readFile } from 'node:fs';\nexport const b = readFile;"],
  ['renderer/features/notes/x.ts', "import { createRxDatabase } from 'rxdb';\nexport const b = createRxDatabase;"],
  ['renderer/features/notes/x.ts', "import Dexie from 'dexie';\nexport const b = Dexie;"],
  ['renderer/sync/controller.ts', "import { replicateRxCollection } from 'rxdb/plugins/replication';\nexport const b = replicateRxCollection;"],
  ['renderer/features/notes/x.ts', 'export const api = window.fieldcase;'],
  ['renderer/db/x.ts', "import { a } from '../../electron/preload/index.ts';\nexport const b = a;"],
  ['server/http/x.ts', "import { a } from '../../renderer/db/database.ts';\nexport const b = a;"],
  ['server/http/x.ts', "import { a } from '../../electron/main/window.ts';\nexport const b = a;"],
  ['electron/main/x.ts', "import { a } from '../../renderer/app/App.tsx';\nexport const b = a;"],
  ['electron/main/x.ts', "import { a } from '../../server/config.ts';\nexport const b = a;"],
];

const allowed: [string, string][] = [
  ['renderer/features/notes/x.ts', "import { SCHEMAS } from '../../../shared/schemas/index.ts';\nexport const b = SCHEMAS;"],
  ['renderer/features/notes/x.ts', "import type { RxDocument } from 'rxdb';\nexport type B = RxDocument;"],
  ['renderer/db/x.ts', "import { createRxDatabase } from 'rxdb';\nexport const b = createRxDatabase;"],
  ['renderer/sync/replication.ts', "import { replicateRxCollection } from 'rxdb/plugins/replication';\nexport const b = replicateRxCollection;"],
  ['renderer/platform/x.ts', 'export const api = window.fieldcase;'],
  ['server/http/x.ts', "import { SCHEMAS } from '../../shared/schemas/index.ts';\nexport const b = SCHEMAS;"],
  ['electron/main/x.ts', "import { app } from 'electron';\nexport const b = app;"],
];

describe('import boundaries', () => {
  it.each(crossing)('reports the crossing import in %s: %s', async (file, code) => {
    expect((await restrictedMessages(file, code)).length).toBeGreaterThan(0);
  });

  it.each(allowed)('allows %s: %s', async (file, code) => {
    expect(await restrictedMessages(file, code)).toEqual([]);
  });
});
