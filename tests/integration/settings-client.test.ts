/** The renderer's settings client against a real server: forecast settings and the team as the app reads them. */
import { describe, expect, it } from 'vitest';
import { createSettingsClient, SyncHttpError } from '../../renderer/sync/transport.ts';
import { DEFAULT_STAGE_PROBABILITIES } from '../../shared/domain/stage-probabilities.ts';
import { addUser, userWithToken } from '../helpers/server.ts';
import { freshServerPerTest } from './sqlite-server.ts';

const fresh = freshServerPerTest();

const clientFor = (token: string | null) => createSettingsClient({ baseUrl: `${fresh.server.url}/`, getToken: () => token });

describe('settings client', () => {
  it('reads the forecast settings an admin set, as any user', async () => {
    await fresh.store.setStageProbabilities({ demo: 0.35 }, 1_750_000_000_000);
    const rep = await userWithToken(fresh.store, fresh.server, 'rep');
    expect(await clientFor(rep.token).forecastSettings()).toEqual({
      stageProbabilities: { ...DEFAULT_STAGE_PROBABILITIES, demo: 0.35 },
      updatedAt: 1_750_000_000_000,
    });
  });

  it('reads the team as a manager, and gets the server’s refusal, with its status, as a rep or signed out', async () => {
    const manager = await userWithToken(fresh.store, fresh.server, 'manager');
    const rep = await addUser(fresh.store, 'rep', 'Rae');
    expect(await clientFor(manager.token).team()).toEqual({ members: [{ id: rep.id, name: 'Rae', email: rep.email, role: 'rep' }] });

    const repToken = (await userWithToken(fresh.store, fresh.server, 'rep')).token;
    const refused = await clientFor(repToken).team().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SyncHttpError);
    expect(refused).toMatchObject({ status: 403, code: 'forbidden' });
    await expect(clientFor(null).forecastSettings()).rejects.toMatchObject({ status: 401 });
  });
});
