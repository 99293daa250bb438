/**
 * A short local history per call note, in its own small Dexie database beside RxDB's (like
 * blob-cache.ts): never synced, bounded by note-history-rules.ts. The editor records each
 * saved text; the rep restores a version from the note's History.
 */
import { Dexie, type Table } from 'dexie';
import type { NoteText } from '../../../shared/domain/draft-merge.ts';
import { planHistoryWrite, type HistoryVersion } from './note-history-rules.ts';

export const NOTE_HISTORY_DATABASE = 'fieldcase-note-history';

export interface NoteHistory {
  /** Keeps `text` as the note's newest version (or folds it into the current window's). */
  record(noteId: string, text: NoteText, now?: number): Promise<void>;
  /** The note's versions, newest first. */
  list(noteId: string): Promise<HistoryVersion[]>;
  /** Drops every version of a note (it was deleted on purpose). */
  forget(noteId: string): Promise<void>;
  close(): void;
}

type StoredVersion = Omit<HistoryVersion, 'id'> & { id?: number };

class HistoryDatabase extends Dexie {
  versions!: Table<StoredVersion, number>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ versions: '++id, [noteId+startedAt]' });
  }
}

export interface NoteHistoryOptions {
  name?: string;
  /** Tests pass fake-indexeddb's. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export function openNoteHistory(options: NoteHistoryOptions = {}): NoteHistory {
  const db = new HistoryDatabase(
    options.name ?? NOTE_HISTORY_DATABASE,
    options.indexedDB && options.IDBKeyRange ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : undefined,
  );

  const versionsOf = async (noteId: string): Promise<HistoryVersion[]> => {
    const stored = await db.versions.where('[noteId+startedAt]').between([noteId, Dexie.minKey], [noteId, Dexie.maxKey]).reverse().toArray();
    return stored as HistoryVersion[];
  };

  return {
    async record(noteId, text, now = Date.now()) {
      // One transaction: two quick saves never both decide to add a version.
      await db.transaction('rw', db.versions, async () => {
        const plan = planHistoryWrite(await versionsOf(noteId), text, now);
        if (plan.action === 'add') await db.versions.add({ noteId, startedAt: now, savedAt: now, text });
        if (plan.action === 'update') await db.versions.update(plan.id, { savedAt: now, text });
        if (plan.prune.length > 0) await db.versions.bulkDelete(plan.prune);
      });
    },
    list: versionsOf,
    async forget(noteId) {
      await db.versions.where('[noteId+startedAt]').between([noteId, Dexie.minKey], [noteId, Dexie.maxKey]).delete();
    },
    close: () => db.close(),
  };
}

let shared: NoteHistory | undefined;

/** The app's one history store, opened on first use. */
export function getNoteHistory(): NoteHistory {
  shared ??= openNoteHistory();
  return shared;
}
