/** The little of express-pouchdb and pouchdb-node that couch-server.ts uses (neither ships types). */
declare module 'pouchdb-node' {
  interface PouchDBConstructor {
    defaults(options: { prefix: string }): PouchDBConstructor;
  }
  const PouchDB: PouchDBConstructor;
  export default PouchDB;
}

declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  import type PouchDB from 'pouchdb-node';

  type Handler = (request: IncomingMessage, response: ServerResponse) => void;
  export default function expressPouchDB(
    pouch: typeof PouchDB,
    options: { mode: 'fullCouchDB' | 'minimumForPouchDB' | 'custom'; configPath: string; logPath: string },
  ): Handler;
}
