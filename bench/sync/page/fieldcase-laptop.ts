/**
 * A Fieldcase laptop: the app's own database (RxDB on Dexie/IndexedDB), the app's sign-in
 * (renderer/sync/session.ts) and so its sync controller, replications and live stream.
 * Counters come from the same sync status the app shows the rep.
 */
import { COLLECTION_NAMES } from '../../../shared/schemas/index.ts';
import { createDatabase } from '../../../renderer/db/database.ts';
import { createNote } from '../../../renderer/db/repos/notes.repo.ts';
import { importWorkspace } from '../../../renderer/db/repos/workspace.repo.ts';
import { signIn, signOut } from '../../../renderer/sync/session.ts';
import { useSyncStatus } from '../../../renderer/sync/sync.store.ts';
import type { OpenLaptop } from './laptop.ts';

export const openFieldcaseLaptop: OpenLaptop = async (config) => {
  if (!config.email || !config.password) throw new Error('A Fieldcase laptop signs in: email and password are needed');
  // Production options, as the app opens it: Dexie on IndexedDB, multi-instance, no dev-mode.
  const db = await createDatabase({ name: config.databaseName });
  await signIn(db, { serverUrl: config.serverUrl, email: config.email, password: config.password });
  return {
    received: () => useSyncStatus.getState().received,
    pushed: () => useSyncStatus.getState().sent,
    onActivity: (listener) => useSyncStatus.subscribe(listener),
    async storedCount() {
      const counts = await Promise.all(COLLECTION_NAMES.map((name) => db.collections[name].count().exec()));
      return counts.reduce((sum, count) => sum + count, 0);
    },
    onNoteStored(listener) {
      const subscription = db.call_notes.insert$.subscribe((event) => listener(event.documentId));
      return () => subscription.unsubscribe();
    },
    async writeNote(note) {
      return (await createNote(db, note)).id;
    },
    async writeNotes(notes) {
      await importWorkspace(db, { call_notes: notes });
    },
    describe() {
      const { phase, isOnline, received, sent, errors, pending, active } = useSyncStatus.getState();
      return JSON.stringify({ phase, isOnline, received, sent, errors, pending, active });
    },
    async stop() {
      await signOut();
      await db.close();
    },
  };
};
