/**
 * The local database: RxDB on Dexie (IndexedDB), one collection per shared schema. The only
 * module that creates it; everything else gets it from getDatabase() or the DatabaseProvider.
 */
import { addRxPlugin, createRxDatabase } from 'rxdb';
import type { RxCollection, RxDatabase, RxJsonSchema, RxStorage } from 'rxdb';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { SCHEMAS } from '../../shared/schemas/index.ts';
import type { CollectionName, DocumentTypes } from '../../shared/schemas/index.ts';
import { conflictHandlerFor } from './conflict-handlers.ts';
import { MIGRATIONS } from './migrations.ts';
import { recordServerStatesBeforeLocalWrites } from './server-states-before-change.ts';
import { withServerStatesDerived } from './server-states.ts';

export type FieldcaseCollections = { [C in CollectionName]: RxCollection<DocumentTypes[C]> };
export type FieldcaseDatabase = RxDatabase<FieldcaseCollections>;

export const DEFAULT_DATABASE_NAME = 'fieldcase';

export interface DatabaseOptions {
  name?: string;
  /** Defaults to Dexie on the page's IndexedDB; tests pass Dexie on fake-indexeddb. */
  storage?: RxStorage<unknown, unknown>;
  /** RxDB dev-mode plus schema validation: strict checks for development builds and tests. */
  devMode?: boolean;
  /** Other windows of the app share the database; tests run one instance. */
  multiInstance?: boolean;
  /**
   * Open only these collections (tests and tools running several databases in one process:
   * RxDB's free edition allows about 13 open collections per JavaScript realm). The app opens all.
   */
  collections?: CollectionName[];
}

addRxPlugin(RxDBLeaderElectionPlugin);
addRxPlugin(RxDBMigrationSchemaPlugin);

let devModeReady: Promise<void> | undefined;

/** Dev-mode is loaded on demand so production bundles never contain it. */
function enableDevMode(): Promise<void> {
  devModeReady ??= import('rxdb/plugins/dev-mode').then(({ RxDBDevModePlugin, disableWarnings }) => {
    disableWarnings();
    addRxPlugin(RxDBDevModePlugin);
  });
  return devModeReady;
}

async function withValidation(storage: RxStorage<unknown, unknown>): Promise<RxStorage<unknown, unknown>> {
  const { wrappedValidateZSchemaStorage } = await import('rxdb/plugins/validate-z-schema');
  return wrappedValidateZSchemaStorage({ storage });
}

/**
 * RxDB's schema type wants mutable arrays and per-document keys; the shared schemas are
 * `as const` literals. A structured clone also keeps RxDB from touching the objects the
 * server validates with.
 */
function rxSchemaOf<C extends CollectionName>(name: C): RxJsonSchema<DocumentTypes[C]> {
  return structuredClone(SCHEMAS[name]) as unknown as RxJsonSchema<DocumentTypes[C]>;
}

export async function createDatabase(options: DatabaseOptions = {}): Promise<FieldcaseDatabase> {
  const devMode = options.devMode ?? false;
  if (devMode) await enableDevMode();
  // Strict: a write counts as done once it is flushed to disk (Chromium's default, relaxed, may lose
  // the last seconds of notes to a power cut). Measured by bench/typing: no cost worth naming here.
  const baseStorage = options.storage ?? getRxStorageDexie({ chromeTransactionDurability: 'strict' });
  // Replications keep a document's server state in the document until it changes (server-states.ts).
  const storage = withServerStatesDerived(devMode ? await withValidation(baseStorage) : baseStorage);

  const db = await createRxDatabase<FieldcaseCollections>({
    name: options.name ?? DEFAULT_DATABASE_NAME,
    storage,
    multiInstance: options.multiInstance ?? true,
    eventReduce: true,
    // A hot reload in development opens the database again in the same page.
    closeDuplicates: devMode,
  });
  const names = options.collections ?? (Object.keys(SCHEMAS) as CollectionName[]);
  const creators = Object.fromEntries(
    names.map((name) => {
      const conflictHandler = conflictHandlerFor(name);
      return [
        name,
        { schema: rxSchemaOf(name), migrationStrategies: MIGRATIONS[name] ?? {}, ...(conflictHandler ? { conflictHandler } : {}) },
      ];
    }),
  ) as unknown as { [C in CollectionName]: { schema: RxJsonSchema<DocumentTypes[C]> } };
  await db.addCollections(creators);
  recordServerStatesBeforeLocalWrites(db);
  return db;
}

let database: Promise<FieldcaseDatabase> | undefined;

/** The app's one database, opened on first use. A failed open is not cached, so a retry can succeed. */
export function getDatabase(): Promise<FieldcaseDatabase> {
  database ??= createDatabase({ devMode: import.meta.env.DEV }).catch((error: unknown) => {
    database = undefined;
    throw error;
  });
  return database;
}
