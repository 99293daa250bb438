/**
 * The little of pouchdb-browser's API the comparison uses (the package ships no types, and
 * @types/pouchdb describes older releases).
 */
declare module 'pouchdb-browser' {
  interface ChangesFeed {
    on(event: 'change', listener: (change: { id: string; deleted?: boolean }) => void): ChangesFeed;
    cancel(): void;
  }

  interface SyncChange {
    direction: 'push' | 'pull';
    change: { docs_written: number };
  }

  interface Sync {
    on(event: 'change', listener: (info: SyncChange) => void): Sync;
    cancel(): void;
  }

  type WriteResult = { ok: true; id: string; rev: string } | { error: string; id: string; reason?: string };

  class PouchDB<Doc extends { _id: string }> {
    constructor(nameOrUrl: string);
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    put(doc: Doc): Promise<WriteResult>;
    bulkDocs(docs: Doc[]): Promise<WriteResult[]>;
    changes(options: { since: 'now' | number; live: true }): ChangesFeed;
    close(): Promise<void>;
    static sync<Doc extends { _id: string }>(local: PouchDB<Doc>, remote: PouchDB<Doc>, options: { live: boolean; retry: boolean; batch_size?: number }): Sync;
  }

  export default PouchDB;
}
