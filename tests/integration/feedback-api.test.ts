/** Product's and marketing's answer to feedback over HTTP: authorized, validated, synced back to the rep. */
import { describe, expect, it } from 'vitest';
import type { Feedback } from '../../shared/schemas/index.ts';
import type { PullResponse } from '../../shared/sync/protocol.ts';
import { openStream, userWithToken } from '../helpers/server.ts';
import { freshServerPerTest } from './sqlite-server.ts';

const fresh = freshServerPerTest();

function feedback(ownerId: string, patch: Partial<Feedback> = {}): Feedback {
  return { id: `fb-${crypto.randomUUID()}`, ownerId, kind: 'feature_request', text: 'Offline maps, please', status: 'received', createdAt: 1_000, updatedAt: 1_000, ...patch };
}

async function push(token: string, rows: unknown[]): Promise<Response> {
  return fetch(`${fresh.server.url}/api/v1/sync/feedback/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(rows),
  });
}

function answer(token: string, id: string, body: unknown): Promise<Response> {
  return fetch(`${fresh.server.url}/api/v1/feedback/${encodeURIComponent(id)}/status`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('PUT /api/v1/feedback/:id/status', () => {
  it('lets marketing answer a rep’s feedback; the answer reaches the rep’s live stream', async () => {
    const rep = await userWithToken(fresh.store, fresh.server, 'rep');
    const marketing = await userWithToken(fresh.store, fresh.server, 'marketing');
    const item = feedback(rep.id);
    expect((await push(rep.token, [{ newDocumentState: item }])).status).toBe(200);
    const stream = await openStream(fresh.server, 'feedback', rep.token);
    try {
      const response = await answer(marketing.token, item.id, { status: 'planned', response: '  In the Q3 release.  ' });
      expect(response.status).toBe(200);
      const stored = (await response.json()) as Feedback;
      expect(stored).toMatchObject({ id: item.id, ownerId: rep.id, text: item.text, status: 'planned', response: 'In the Q3 release.' });
      expect(stored.updatedAt).toBeGreaterThan(item.updatedAt);

      let event = await stream.next();
      while (event === 'RESYNC' || !(event as PullResponse).documents.some((d) => (d as Record<string, unknown>)['id'] === item.id && (d as Record<string, unknown>)['status'] === 'planned')) {
        event = await stream.next();
      }
      // The rep's next push carries the answer unchanged, as last pulled: allowed.
      const edited = { ...stored, text: 'Offline maps, please (all depots)' };
      expect((await push(rep.token, [{ assumedMasterState: stored, newDocumentState: edited }])).status).toBe(200);
    } finally {
      stream.close();
    }
  });

  it('keeps the response when only the status changes, and clears it when given empty', async () => {
    const rep = await userWithToken(fresh.store, fresh.server, 'rep');
    const admin = await userWithToken(fresh.store, fresh.server, 'admin');
    const item = feedback(rep.id);
    await push(rep.token, [{ newDocumentState: item }]);
    await answer(admin.token, item.id, { status: 'planned', response: 'Q3' });
    expect(await (await answer(admin.token, item.id, { status: 'shipped' })).json()).toMatchObject({ status: 'shipped', response: 'Q3' });
    const cleared = (await (await answer(admin.token, item.id, { status: 'shipped', response: '' })).json()) as Feedback;
    expect(cleared.response).toBeUndefined();
  });

  it.each([
    ['a rep', 'rep', { status: 'shipped' }, 403],
    ['a manager', 'manager', { status: 'shipped' }, 403],
    ['an unknown status', 'marketing', { status: 'done' }, 400],
    ['a missing status', 'marketing', { response: 'x' }, 400],
    ['a response that is not text', 'marketing', { status: 'planned', response: 42 }, 400],
    ['an oversized response', 'marketing', { status: 'planned', response: 'x'.repeat(20_001) }, 400],
    ['an attempt to rewrite the text', 'marketing', { status: 'planned', text: 'rewritten' }, 400],
    ['a body that is not an object', 'marketing', ['planned'], 400],
  ] as const)('refuses %s, leaving the item as it was', async (_name, role, body, status) => {
    const rep = await userWithToken(fresh.store, fresh.server, 'rep');
    const caller = role === 'rep' ? rep : await userWithToken(fresh.store, fresh.server, role);
    const item = feedback(rep.id);
    await push(rep.token, [{ newDocumentState: item }]);
    const response = await answer(caller.token, item.id, body);
    expect(response.status).toBe(status);
    const stored = await fresh.store.getDocuments('feedback', [item.id]);
    expect(stored.get(item.id)?.doc).toEqual(item);
  });

  it('answers 404 for feedback that does not exist or was deleted, and 401 without a token', async () => {
    const rep = await userWithToken(fresh.store, fresh.server, 'rep');
    const marketing = await userWithToken(fresh.store, fresh.server, 'marketing');
    expect((await answer(marketing.token, 'fb-missing', { status: 'planned' })).status).toBe(404);
    const item = feedback(rep.id);
    await push(rep.token, [{ newDocumentState: item }]);
    await push(rep.token, [{ assumedMasterState: item, newDocumentState: { ...item, _deleted: true } }]);
    expect((await answer(marketing.token, item.id, { status: 'planned' })).status).toBe(404);
    const anonymous = await fetch(`${fresh.server.url}/api/v1/feedback/${item.id}/status`, { method: 'PUT', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(anonymous.status).toBe(401);
  });
});
