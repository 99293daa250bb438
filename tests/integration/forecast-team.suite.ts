/** Forecast settings and the team over HTTP (part of server.suite.ts, so run on both stores). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_PROBABILITIES } from '../../shared/domain/stage-probabilities.ts';
import type { ApiError, ForecastSettings, TeamResponse } from '../../shared/sync/protocol.ts';
import { addUser, userWithToken } from '../helpers/server.ts';
import type { ServerSuiteContext } from './server.suite.ts';

export function describeForecastAndTeam(context: ServerSuiteContext): void {
  const call = (method: 'GET' | 'PUT', path: string, token: string | null, body?: unknown) =>
    fetch(`${context.server.url}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });

  describe('forecast settings', () => {
    it('serves the defaults to any signed-in user until an admin sets them', async () => {
      for (const role of ['rep', 'manager', 'marketing'] as const) {
        const user = await userWithToken(context.store, context.server, role);
        const response = await call('GET', '/api/v1/forecast/settings', user.token);
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ stageProbabilities: DEFAULT_STAGE_PROBABILITIES, updatedAt: null });
      }
      expect((await call('GET', '/api/v1/forecast/settings', null)).status).toBe(401);
    });

    it('lets an admin change some stages, keeping the others, and everyone reads the change', async () => {
      const admin = await userWithToken(context.store, context.server, 'admin');
      const rep = await userWithToken(context.store, context.server, 'rep');
      const first = await call('PUT', '/api/v1/forecast/settings', admin.token, { stageProbabilities: { demo: 0.3, negotiation: 0.8 } });
      expect(first.status).toBe(200);
      await call('PUT', '/api/v1/forecast/settings', admin.token, { stageProbabilities: { negotiation: 0.7 } });
      const read = (await (await call('GET', '/api/v1/forecast/settings', rep.token)).json()) as ForecastSettings;
      expect(read.stageProbabilities).toEqual({ ...DEFAULT_STAGE_PROBABILITIES, demo: 0.3, negotiation: 0.7 });
      expect(read.updatedAt).toEqual(expect.any(Number));
    });

    it.each([
      ['a rep', 'rep', { stageProbabilities: { demo: 0.3 } }, 403],
      ['a manager', 'manager', { stageProbabilities: { demo: 0.3 } }, 403],
      ['marketing', 'marketing', { stageProbabilities: { demo: 0.3 } }, 403],
      ['a probability over 1', 'admin', { stageProbabilities: { demo: 1.2 } }, 400],
      ['a probability as text', 'admin', { stageProbabilities: { demo: '0.3' } }, 400],
      ['an unknown stage', 'admin', { stageProbabilities: { won: 0.3 } }, 400],
      ['no stage at all', 'admin', { stageProbabilities: {} }, 400],
      ['an unknown field', 'admin', { stageProbabilities: { demo: 0.3 }, updatedAt: 5 }, 400],
      ['a list instead of an object', 'admin', [0.1, 0.2], 400],
      ['malformed JSON', 'admin', '{"stageProbabilities":', 400],
    ] as const)('refuses %s, changing nothing', async (_name, role, body, status) => {
      const user = await userWithToken(context.store, context.server, role);
      const response = await call('PUT', '/api/v1/forecast/settings', user.token, body);
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ error: expect.any(String), message: expect.any(String) } satisfies Partial<ApiError>);
      expect(await context.store.getForecastSettings()).toEqual({ stageProbabilities: DEFAULT_STAGE_PROBABILITIES, updatedAt: null });
    });
  });

  describe('team', () => {
    it('lists the active reps, sorted by name, to managers and admins', async () => {
      const manager = await userWithToken(context.store, context.server, 'manager');
      const admin = await userWithToken(context.store, context.server, 'admin');
      const zoe = await addUser(context.store, 'rep', 'Zoë Brandt');
      const ada = await addUser(context.store, 'rep', 'ada Lovelace');
      const gone = await addUser(context.store, 'rep', 'Gone Rep');
      await context.store.updateUser(gone.id, { disabledAt: Date.now() });
      await addUser(context.store, 'marketing', 'Mark Eting');
      for (const token of [manager.token, admin.token]) {
        const response = await call('GET', '/api/v1/team', token);
        expect(response.status).toBe(200);
        expect((await response.json()) as TeamResponse).toEqual({
          members: [
            { id: ada.id, name: 'ada Lovelace', email: ada.email, role: 'rep' },
            { id: zoe.id, name: 'Zoë Brandt', email: zoe.email, role: 'rep' },
          ],
        });
      }
    });

    it('refuses reps and marketing with 403 in the error shape, and anonymous callers with 401', async () => {
      for (const role of ['rep', 'marketing'] as const) {
        const user = await userWithToken(context.store, context.server, role);
        const response = await call('GET', '/api/v1/team', user.token);
        expect(response.status).toBe(403);
        expect(await response.json()).toMatchObject({ error: 'forbidden', message: expect.stringContaining('managers') });
      }
      expect((await call('GET', '/api/v1/team', null)).status).toBe(401);
    });
  });
}
