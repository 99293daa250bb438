/** The renderer's transport against a real server (embedded store): what the app will send. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTransport, SyncHttpError, type Transport } from '../../renderer/sync/transport.ts';
import { createSqliteStore } from '../../server/store/sqlite-store.ts';
import type { Store } from '../../server/store/store.ts';
import type { StreamEvent } from '../../shared/sync/protocol.ts';
import { addUser, note, startTestServer, TEST_PASSWORD, type TestServer } from '../helpers/server.ts';

let store: Store;
let server: TestServer;
let token: string | null;
let transport: Transport;

beforeEach(async () => {
  store = await createSqliteStore({ file: ':memory:' });
  server = await startTestServer(store);
  token = null;
  transport = createTransport({ baseUrl: `${server.url}/`, getToken: () => token });
});
afterEach(async () => {
  await server.close();
  await store.close();
});

describe('sync transport', () => {
  it('checks health, signs in, pushes, pulls and streams', async () => {
    expect(await transport.health()).toBe(true);
    const user = await addUser(store, 'rep');
    const login = await transport.login(user.email, TEST_PASSWORD);
    token = login.token;

    const events: StreamEvent[] = [];
    const closeStream = transport.stream('call_notes', { onEvent: (e) => events.push(e), onClose: () => {} });
    await expect.poll(() => events).toEqual(['RESYNC']);

    const doc = { ...note(user.id, 'n-1'), _deleted: false };
    expect(await transport.push('call_notes', [{ newDocumentState: doc }])).toEqual([]);
    const page = await transport.pull('call_notes', null, 10);
    expect(page.documents).toEqual([doc]);
    await expect.poll(() => events.length).toBe(2);
    expect(events[1]).toEqual({ documents: [doc], checkpoint: page.checkpoint });
    closeStream();
  });

  it('turns server errors into SyncHttpError with the server’s code', async () => {
    const refused = await transport.login('nobody@test.fieldcase', 'wrong password').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SyncHttpError);
    expect(refused).toMatchObject({ status: 401, code: 'invalid_credentials', isAuthError: true });
    await expect(transport.pull('call_notes', null, 10)).rejects.toMatchObject({ status: 401 });
  });

  it('reports a refused stream through onClose, and a server that is gone as unhealthy', async () => {
    const closed = new Promise<unknown>((resolve) => transport.stream('call_notes', { onEvent: () => {}, onClose: resolve }));
    expect(await closed).toMatchObject({ status: 401 });
    await server.close();
    expect(await transport.health(500)).toBe(false);
  });
});
