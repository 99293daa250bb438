/** The renderer's settings client against a real server: forecast settings and the team as the app reads them. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsClient, SyncHttpError } from '../../renderer/sync/transport.ts';
import { createSqliteStore } from '../../server/store/sqlite-store.ts';
import type { Store } from '../../server/store/store.ts';
import { DEFAULT_STAGE_PROBABILITIES } from '../../shared/domain/stage-probabilities.ts';
import { addUser, startTestServer, userWithToken, type TestServer } from '../helpers/server.ts';

let store: Store;
let server: TestServer;
beforeEach(async () => {
  store = await createSqliteStore({ file: ':memory:' });
  server = await startTestServer(store);
});
afterEach(async () => {
  await server.close();
  await store.close();
});

const clientFor = (token: string | null) => createSettingsClient({ baseUrl: `${server.url}/`, getToken: () => token });

describe('settings client', () => {
  it('reads the forecast settings an admin set, as any user', async () => {
    await store.setStageProbabilities({ demo: 0.35 }, 1_750_000_000_000);
    const rep = await userWithToken(store, server, 'rep');
    expect(await clientFor(rep.token).forecastSettings()).toEqual({
      stageProbabilities: { ...DEFAULT_STAGE_PROBABILITIES, demo: 0.35 },
      updatedAt: 1_750_000_000_000,
    });
  });

  it('reads the team as a manager, and gets the server’s refusal, with its status, as a rep or signed out', async () => {
    const manager = await userWithToken(store, server, 'manager');
    const rep = await addUser(store, 'rep', 'Rae');
    expect(await clientFor(manager.token).team()).toEqual({ members: [{ id: rep.id, name: 'Rae', email: rep.email, role: 'rep' }] });

    const repToken = (await userWithToken(store, server, 'rep')).token;
    const refused = await clientFor(repToken).team().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SyncHttpError);
    expect(refused).toMatchObject({ status: 403, code: 'forbidden' });
    await expect(clientFor(null).forecastSettings()).rejects.toMatchObject({ status: 401 });
  });
});
