/**
 * A PouchDB laptop, the classic offline-first stack: pouchdb-browser on IndexedDB, one local
 * database holding every kind of document (a `type` field tells them apart), kept in live
 * two-way sync with the rep's database on a CouchDB-protocol server. Back online, the sync is
 * restarted at once, as PouchDB apps do, instead of waiting out PouchDB's growing back-off.
 */
import PouchDB from 'pouchdb-browser';
import type { CallNote } from '../../../shared/schemas/index.ts';
import { SYNC_LIMITS } from '../../../shared/sync/protocol.ts';
import type { Laptop, OpenLaptop } from './laptop.ts';

/** Every kind of document in one database: the document's own fields, its `_id` and its kind. */
interface CouchDoc extends Record<string, unknown> {
  _id: string;
  type: string;
}

function asCouchDoc(note: CallNote): CouchDoc & CallNote {
  return { ...note, _id: note.id, type: 'call_notes' };
}

export const openPouchLaptop: OpenLaptop = async (config) => {
  const local = new PouchDB<CouchDoc>(config.databaseName);
  const remote = new PouchDB<CouchDoc>(config.serverUrl);
  const listeners = new Set<() => void>();
  const tell = () => listeners.forEach((listener) => listener());
  let received = 0;
  let pushed = 0;

  const start = () => {
    // Pages of 1,000 documents each way, as Fieldcase pulls and pushes (PouchDB's default is
    // 100): both sides are driven alike, so the peer is not slowed by ten times the round trips.
    const sync = PouchDB.sync(local, remote, { live: true, retry: true, batch_size: SYNC_LIMITS.maxPullLimit });
    sync.on('change', (info) => {
      if (info.direction === 'pull') received += info.change.docs_written;
      else pushed += info.change.docs_written;
      tell();
    });
    return sync;
  };
  let sync = start();
  const onOnline = () => {
    sync.cancel();
    sync = start();
  };
  window.addEventListener('online', onOnline);
  await local.info();

  const laptop: Laptop = {
    received: () => received,
    pushed: () => pushed,
    onActivity(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async storedCount() {
      return (await local.info()).doc_count;
    },
    onNoteStored(listener) {
      const feed = local.changes({ since: 'now', live: true }).on('change', (change) => {
        if (!change.deleted) listener(change.id);
      });
      return () => feed.cancel();
    },
    async writeNote(note) {
      const id = crypto.randomUUID();
      const now = Date.now();
      await local.put({ _id: id, id, type: 'call_notes', accountId: '', opportunityId: null, meetingId: null, template: null, tags: [], competitors: [], nextSteps: [], createdAt: now, updatedAt: now, ...note });
      return id;
    },
    async writeNotes(notes) {
      const results = await local.bulkDocs(notes.map(asCouchDoc));
      const failed = results.filter((result) => 'error' in result);
      if (failed.length > 0) throw new Error(`${failed.length} offline notes were not written`);
    },
    describe: () => JSON.stringify({ received, pushed, online: navigator.onLine }),
    async stop() {
      window.removeEventListener('online', onOnline);
      sync.cancel();
      await local.close();
    },
  };
  return laptop;
};
