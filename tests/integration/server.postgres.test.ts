/**
 * The server's HTTP contract on PostgreSQL, and what only a shared database shows: a change
 * pushed through one server instance reaches live streams held by another.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../server/store/postgres-store.ts';
import type { Store } from '../../server/store/store.ts';
import {
  DATABASE_URL_TEST,
  createTestSchemas,
  describeDatabaseUrl,
  isPostgresAvailable,
  isPostgresRequired,
} from '../helpers/postgres.ts';
import { note, openStream, startTestServer, userWithToken, type TestServer } from '../helpers/server.ts';
import { api, describeServerSuite, wire } from './server.suite.ts';

const isAvailable = await isPostgresAvailable();
const unreachable = `PostgreSQL not reachable at ${describeDatabaseUrl()}`;
if (!isAvailable && !isPostgresRequired) {
  console.warn(`${unreachable} — the server's PostgreSQL suite did not run; the embedded store's suite always runs.`);
}
if (isPostgresRequired) {
  it('reaches PostgreSQL (required: FIELDCASE_REQUIRE_POSTGRES=1)', () => {
    expect(isAvailable, unreachable).toBe(true);
  });
}

const schemas = createTestSchemas('fc_http');

describe.skipIf(!isAvailable)('PostgreSQL', () => {
  describeServerSuite('PostgreSQL', {
    open: () => createPostgresStore({ connectionString: DATABASE_URL_TEST, schema: schemas.next() }),
    cleanup: () => schemas.dropAll(),
  });

  describe('two server instances on one database', () => {
    const opened: { stores: Store[]; servers: TestServer[] } = { stores: [], servers: [] };
    afterEach(async () => {
      for (const server of opened.servers.splice(0)) await server.close();
      for (const store of opened.stores.splice(0)) await store.close();
      await schemas.dropAll();
    });

    it('delivers a change pushed through one instance to a stream held by the other', async () => {
      const schema = schemas.next();
      for (let i = 0; i < 2; i += 1) {
        const store = await createPostgresStore({ connectionString: DATABASE_URL_TEST, schema });
        opened.stores.push(store);
        opened.servers.push(await startTestServer(store));
      }
      const [storeA] = opened.stores as [Store, Store];
      const [serverA, serverB] = opened.servers as [TestServer, TestServer];
      const rep = await userWithToken(storeA, serverA, 'rep');
      const stream = await openStream(serverB, 'call_notes', rep.token);
      try {
        expect(await stream.next()).toBe('RESYNC');
        const doc = note(rep.id, 'crosses-instances');
        expect((await api(serverA, rep.token).push('call_notes', [{ newDocumentState: wire(doc) }])).status).toBe(200);
        let event = await stream.next();
        // The listener may announce "pull again" (RESYNC-like empty wake-ups are not sent), so
        // the first event with documents is the change.
        while (event === 'RESYNC') event = await stream.next();
        expect(event).toEqual({ documents: [wire(doc)], checkpoint: { sequence: expect.any(Number) } });
      } finally {
        stream.close();
      }
    });
  });
});
