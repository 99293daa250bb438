/**
 * The harness page: loads the benchmark dataset through the app's own database code and times
 * queries, in a real browser on real IndexedDB. bench/run.ts drives it through window.fieldcaseBench.
 */
import { createDatabase, type FieldcaseDatabase } from '../../renderer/db/database.ts';
import { importWorkspace } from '../../renderer/db/repos/workspace.repo.ts';
import type { BenchHarness, DatasetSize, LoadFigures, QueryOptions } from '../harness-api.ts';
import { generateAgenda } from './agenda-dataset.ts';
import { generateWorkspace } from './dataset.ts';
import { timeQueries } from './queries.ts';
import { timeSearch } from './search.ts';

declare global {
  interface Window {
    fieldcaseBench?: BenchHarness;
  }
}

const AGENDA_SIZE = { opportunities: 300, meetings: 60 };

let database: FieldcaseDatabase | undefined;

function openDatabase(): FieldcaseDatabase {
  if (!database) throw new Error('load() must run before queries()');
  return database;
}

async function load(size: DatasetSize, seed: number): Promise<LoadFigures> {
  const started = performance.now();
  const { workspace, averageNoteBodyBytes } = generateWorkspace(size, seed);
  const generated = performance.now();
  // The app's defaults (name "fieldcase", Dexie on IndexedDB, no dev-mode): the app opens this same database.
  database = await createDatabase();
  const opened = performance.now();
  const counts = await importWorkspace(database, workspace);
  const imported = performance.now();
  // The rep's deals and this week's meetings for Today and the brief; stored after the timed import.
  await importWorkspace(database, generateAgenda(workspace.accounts ?? [], AGENDA_SIZE, seed, Date.now()));
  return {
    generateMs: generated - started,
    openMs: opened - generated,
    importMs: imported - opened,
    stored: { notes: counts.call_notes, battleCards: counts.battle_cards, accounts: counts.accounts },
    averageNoteBodyBytes,
  };
}

const harness: BenchHarness = {
  load,
  queries: (options: QueryOptions) => timeQueries(openDatabase(), options),
  search: (options) => timeSearch(openDatabase(), options),
  async close() {
    await database?.close();
    database = undefined;
  },
};

window.fieldcaseBench = harness;
