/**
 * The HTTP contract of the sync server, run against each store (embedded SQLite and
 * PostgreSQL) by server.sqlite.test.ts and server.postgres.test.ts.
 */
import { createHash } from 'node:crypto';
import { hashToken, newToken } from '../../server/auth/tokens.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../server/store/store.ts';
import type { ApiError, PullResponse, WireDocument } from '../../shared/sync/protocol.ts';
import { addUser, note, openStream, signIn, startTestServer, userWithToken, type TestServer } from '../helpers/server.ts';
import { describeForecastAndTeam } from './forecast-team.suite.ts';
import { describeKitAnswers } from './kit-answers.suite.ts';
import { describeSyncRules } from './sync-rules.suite.ts';

export interface ServerSuiteContext {
  store: Store;
  server: TestServer;
}

export function api(server: TestServer, token: string | null) {
  const headers = (extra: Record<string, string> = {}) => ({ ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra });
  return {
    get: (path: string, extra?: Record<string, string>) => fetch(`${server.url}${path}`, { headers: headers(extra) }),
    pull: async (collection: string, checkpoint: unknown = null, limit = 100) => {
      const query = new URLSearchParams({ checkpoint: JSON.stringify(checkpoint), limit: String(limit) });
      return fetch(`${server.url}/api/v1/sync/${collection}/pull?${query}`, { headers: headers() });
    },
    push: (collection: string, body: unknown) =>
      fetch(`${server.url}/api/v1/sync/${collection}/push`, {
        method: 'POST',
        headers: headers({ 'content-type': 'application/json' }),
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    put: (path: string, body: Uint8Array<ArrayBuffer>, type: string) =>
      fetch(`${server.url}${path}`, { method: 'PUT', headers: headers({ 'content-type': type }), body }),
  };
}

export const wire = <T extends object>(doc: T, deleted = false) => ({ ...doc, _deleted: deleted });

export interface ServerSuiteHarness {
  /** A fresh, empty store. */
  open(): Promise<Store>;
  /** After each test, once its store is closed. */
  cleanup?(): Promise<void>;
}

export function describeServerSuite(name: string, harness: ServerSuiteHarness): void {
  describe(`sync server on ${name}`, () => {
    const context = {} as ServerSuiteContext;
    beforeEach(async () => {
      context.store = await harness.open();
      context.server = await startTestServer(context.store);
    });
    afterEach(async () => {
      await context.server.close();
      await context.store.close();
      await harness.cleanup?.();
    });

    describe('sign-in', () => {
      it('answers health without a token', async () => {
        const response = await api(context.server, null).get('/api/v1/health');
        expect(response.status).toBe(200);
        expect(await response.json()).toMatchObject({ status: 'ok' });
      });

      it('signs a user in with a token, and refuses wrong passwords and unknown emails alike', async () => {
        const user = await addUser(context.store, 'rep', 'Riley');
        const login = await signIn(context.server, user.email.toUpperCase());
        expect(login.user).toEqual({ id: user.id, email: user.email, name: 'Riley', role: 'rep' });
        expect(login.token).toMatch(/^fc_/);

        const attempt = (email: string, password: string) =>
          fetch(`${context.server.url}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email, password }),
          });
        const wrong = await attempt(user.email, 'not the password');
        const unknown = await attempt('nobody@test.fieldcase', 'not the password');
        expect(wrong.status).toBe(401);
        expect(unknown.status).toBe(401);
        expect(await wrong.json()).toEqual(await unknown.json());
      });

      it('refuses malformed sign-in bodies with 400', async () => {
        for (const body of ['{', '[]', '{"email":1,"password":"x"}', JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(2_000) })]) {
          const response = await fetch(`${context.server.url}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
          expect(response.status).toBe(400);
          expect(await response.json()).toMatchObject({ error: expect.any(String), message: expect.any(String) });
        }
      });

      it('needs a valid, unexpired, unrevoked token on every other route', async () => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        expect((await api(context.server, null).pull('call_notes')).status).toBe(401);
        expect((await api(context.server, 'fc_forged').pull('call_notes')).status).toBe(401);
        expect((await api(context.server, rep.token).pull('call_notes')).status).toBe(200);

        await context.store.revokeTokens(rep.id, Date.now());
        const revoked = await api(context.server, rep.token).pull('call_notes');
        expect(revoked.status).toBe(401);
        expect(await revoked.json()).toMatchObject({ error: 'unauthorized' });

        const expired = await addUser(context.store, 'rep');
        const token = newToken();
        await context.store.saveToken({ tokenHash: hashToken(token), userId: expired.id, createdAt: 0, expiresAt: Date.now() - 1, revokedAt: null });
        expect((await api(context.server, token).pull('call_notes')).status).toBe(401);
      });

      it('refuses a disabled user’s token', async () => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        await context.store.updateUser(rep.id, { disabledAt: Date.now() });
        expect((await api(context.server, rep.token).pull('call_notes')).status).toBe(401);
      });
    });

    describe('pull and push', () => {
      it('refuses unknown collections, bad checkpoints and bad limits', async () => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        const client = api(context.server, rep.token);
        expect((await client.pull('users')).status).toBe(404);
        expect((await client.pull('__proto__')).status).toBe(404);
        const badCheckpoint = await fetch(`${context.server.url}/api/v1/sync/call_notes/pull?checkpoint=%7Bnope`, {
          headers: { authorization: `Bearer ${rep.token}` },
        });
        expect(badCheckpoint.status).toBe(400);
        expect((await client.pull('call_notes', { sequence: -1 })).status).toBe(400);
        for (const limit of [0, 1_001, 2.5]) expect((await client.pull('call_notes', null, limit)).status).toBe(400);
      });

      it('refuses a count without a session, of an unknown collection, or from a bad checkpoint', async () => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        const count = (checkpoints: string | null, token: string | null = rep.token) =>
          fetch(`${context.server.url}/api/v1/sync/counts${checkpoints === null ? '' : `?${new URLSearchParams({ checkpoints })}`}`, {
            headers: token ? { authorization: `Bearer ${token}` } : {},
          });
        expect((await count('{"call_notes":null}', null)).status).toBe(401);
        for (const bad of [null, '', '{nope', '[]', '{"users":null}', '{"__proto__":null}', '{"call_notes":{"sequence":-1}}', '{"call_notes":"all"}']) {
          const response = await count(bad);
          expect(response.status, String(bad)).toBe(400);
          expect(((await response.json()) as ApiError).message.length).toBeGreaterThan(0);
        }
        expect((await count('{"call_notes":null}')).status).toBe(200);
      });

      it('stores a pushed note and pulls it back in change order, then only newer changes', async () => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        const client = api(context.server, rep.token);
        const first = note(rep.id, 'n-1');
        const second = note(rep.id, 'n-2');
        const pushed = await client.push('call_notes', [{ newDocumentState: wire(first) }, { newDocumentState: wire(second) }]);
        expect(pushed.status).toBe(200);
        expect(await pushed.json()).toEqual([]);

        const page = (await (await client.pull('call_notes')).json()) as PullResponse;
        expect(page.documents).toEqual([wire(first), wire(second)]);
        expect(page.checkpoint).toEqual({ sequence: expect.any(Number) });

        await client.push('call_notes', [{ assumedMasterState: wire(first), newDocumentState: wire({ ...first, title: 'Edited' }) }]);
        const next = (await (await client.pull('call_notes', page.checkpoint)).json()) as PullResponse;
        expect(next.documents).toEqual([wire({ ...first, title: 'Edited' })]);
        const empty = (await (await client.pull('call_notes', next.checkpoint)).json()) as PullResponse;
        expect(empty).toEqual({ documents: [], checkpoint: next.checkpoint });
      });

      it('replicates a deletion as a tombstone', async () => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        const client = api(context.server, rep.token);
        const doc = note(rep.id, 'n-del');
        await client.push('call_notes', [{ newDocumentState: wire(doc) }]);
        await client.push('call_notes', [{ assumedMasterState: wire(doc), newDocumentState: wire(doc, true) }]);
        const page = (await (await client.pull('call_notes')).json()) as PullResponse;
        expect(page.documents).toEqual([wire(doc, true)]);
      });

      it('answers a stale assumed state with the stored document, and a retried push with nothing', async () => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        const client = api(context.server, rep.token);
        const base = note(rep.id, 'n-c');
        await client.push('call_notes', [{ newDocumentState: wire(base) }]);
        const mine = { assumedMasterState: wire(base), newDocumentState: wire({ ...base, body: 'laptop A' }) };
        expect(await (await client.push('call_notes', [mine])).json()).toEqual([]);
        // Laptop B edited the same base: it gets the current master back to merge.
        const theirs = { assumedMasterState: wire(base), newDocumentState: wire({ ...base, body: 'laptop B' }) };
        expect(await (await client.push('call_notes', [theirs])).json()).toEqual([wire({ ...base, body: 'laptop A' })]);
        // Laptop A's push arrived but its answer was lost: the retry is harmless.
        const sequence = await context.store.latestSequence();
        expect(await (await client.push('call_notes', [mine])).json()).toEqual([]);
        expect(await context.store.latestSequence()).toBe(sequence);
        // Creating a document that already exists, with no assumed state, is a conflict too.
        expect(await (await client.push('call_notes', [{ newDocumentState: wire({ ...base, body: 'x' }) }])).json()).toEqual([
          wire({ ...base, body: 'laptop A' }),
        ]);
      });

      it('writes nothing of a batch with one invalid document (400) and says which', async () => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        const client = api(context.server, rep.token);
        const response = await client.push('call_notes', [
          { newDocumentState: wire(note(rep.id, 'ok-1')) },
          { newDocumentState: wire({ ...note(rep.id, 'bad-1'), title: 'x'.repeat(301) }) },
        ]);
        expect(response.status).toBe(400);
        expect(await response.json()).toMatchObject({ error: 'invalid_document', message: expect.stringContaining('row 1') });
        expect(await context.store.latestSequence()).toBe(0);
      });

      it.each([
        ['a non-array body', { newDocumentState: {} }],
        ['a row without a document', [{}]],
        ['an unknown field', [{ newDocumentState: { ...wire(note('x')), isAdmin: true } }]],
        ['a non-boolean _deleted', [{ newDocumentState: { ...note('x'), _deleted: 'yes' } }]],
        ['a NUL character in a string', [{ newDocumentState: wire(note('x', 'nul', { body: 'a\u0000b' })) }]],
        ['the same document twice', [{ newDocumentState: wire(note('x', 'twice')) }, { newDocumentState: wire(note('x', 'twice')) }]],
      ])('refuses %s with 400', async (_label, body) => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        const patched = JSON.parse(JSON.stringify(body).replaceAll('"ownerId":"x"', `"ownerId":"${rep.id}"`));
        const response = await api(context.server, rep.token).push('call_notes', patched);
        expect(response.status).toBe(400);
      });

      it('refuses malformed JSON with 400 and a body over 16 MB with 413, and stays healthy', async () => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        const client = api(context.server, rep.token);
        expect((await client.push('call_notes', '[{"newDocumentState":')).status).toBe(400);
        const huge = await client.push('call_notes', `[${' '.repeat(17 * 1024 * 1024)}]`);
        expect(huge.status).toBe(413);
        expect(await huge.json()).toMatchObject({ error: 'body_too_large' });
        expect((await api(context.server, null).get('/api/v1/health')).status).toBe(200);
      });
    });

    describeSyncRules(context);
    describeForecastAndTeam(context);
    describeKitAnswers(context);

    describe('live stream', () => {
      it('starts with RESYNC, then delivers each change to those who may see it', async () => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        const rep2 = await userWithToken(context.store, context.server, 'rep');
        const manager = await userWithToken(context.store, context.server, 'manager');
        const streams = {
          rep: await openStream(context.server, 'call_notes', rep.token),
          rep2: await openStream(context.server, 'call_notes', rep2.token),
          manager: await openStream(context.server, 'call_notes', manager.token),
        };
        try {
          for (const stream of Object.values(streams)) expect(await stream.next()).toBe('RESYNC');
          const doc = note(rep.id, 'n-live');
          await api(context.server, rep.token).push('call_notes', [{ newDocumentState: wire(doc) }]);
          const event = await streams.rep.next();
          expect(event).toEqual({ documents: [wire(doc)], checkpoint: { sequence: expect.any(Number) } });
          expect(await streams.manager.next()).toEqual(event);
          await expect(streams.rep2.next(300)).rejects.toThrow('no stream event in time');
        } finally {
          for (const stream of Object.values(streams)) stream.close();
        }
      });

      it('splits the live events of a push of long notes, each within a pull page’s size', async () => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        const stream = await openStream(context.server, 'call_notes', rep.token);
        try {
          expect(await stream.next()).toBe('RESYNC');
          // 21 notes of 390,000 characters: more than the 8 million characters of a page together.
          const docs = Array.from({ length: 21 }, (_, i) => note(rep.id, `long-${i}`, { body: `${i} ${'x'.repeat(390_000)}` }));
          expect((await api(context.server, rep.token).push('call_notes', docs.map((doc) => ({ newDocumentState: wire(doc) })))).status).toBe(200);
          const first = (await stream.next(10_000)) as PullResponse;
          const second = (await stream.next(10_000)) as PullResponse;
          expect([first.documents.length, second.documents.length]).toEqual([20, 1]);
          expect([...first.documents, ...second.documents].map((doc) => doc.id)).toEqual(docs.map((doc) => doc.id));
          expect(second.checkpoint?.sequence).toBeGreaterThan(first.checkpoint?.sequence ?? Infinity);
        } finally {
          stream.close();
        }
      }, 30_000);

      it('combines collections on one connection, naming each event’s collection', async () => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        const marketing = await userWithToken(context.store, context.server, 'marketing');
        const response = await fetch(`${context.server.url}/api/v1/sync/stream?collections=call_notes,battle_cards`, {
          headers: { authorization: `Bearer ${rep.token}`, origin: 'http://127.0.0.1:4173' },
        });
        expect(response.status).toBe(200);
        // The app in a browser reads the stream cross-origin.
        expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4173');
        const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
        const events: unknown[] = [];
        const readUntil = async (count: number) => {
          let buffer = '';
          while (events.length < count) {
            const { value } = await reader.read();
            buffer += value ?? '';
            for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
              const line = buffer.slice(0, end).split('\n').find((l) => l.startsWith('data: '));
              buffer = buffer.slice(end + 2);
              if (line) events.push(JSON.parse(line.slice(6)));
            }
          }
        };
        try {
          await readUntil(1);
          expect(events[0]).toBe('RESYNC');
          const doc = note(rep.id, 'combined-1');
          await api(context.server, rep.token).push('call_notes', [{ newDocumentState: wire(doc) }]);
          await api(context.server, marketing.token).push('battle_cards', [
            { newDocumentState: wire({ id: 'c1', competitor: 'Q', title: 'Q', summary: '', sections: [], objections: [], version: 1, publishedAt: 1, updatedAt: 1 }) },
          ]);
          await readUntil(3);
          expect(events.slice(1)).toEqual([
            { collection: 'call_notes', event: { documents: [wire(doc)], checkpoint: { sequence: expect.any(Number) } } },
            { collection: 'battle_cards', event: { documents: [expect.objectContaining({ id: 'c1' })], checkpoint: { sequence: expect.any(Number) } } },
          ]);
        } finally {
          await reader.cancel();
        }
        const unknown = await fetch(`${context.server.url}/api/v1/sync/stream?collections=call_notes,users`, {
          headers: { authorization: `Bearer ${rep.token}` },
        });
        expect(unknown.status).toBe(404);
      });

      it('needs a token and a known collection', async () => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        await expect(openStream(context.server, 'call_notes', 'fc_nope')).rejects.toThrow('401');
        await expect(openStream(context.server, 'nope', rep.token)).rejects.toThrow('404');
      });
    });

    describe('files', () => {
      const bytes = new TextEncoder().encode('Beacon datasheet, version 3. '.repeat(40));
      const sha = createHash('sha256').update(bytes).digest('hex');

      it('lets marketing upload a file whose bytes match its address, and nobody else', async () => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        const marketing = await userWithToken(context.store, context.server, 'marketing');
        expect((await api(context.server, rep.token).put(`/api/v1/files/${sha}`, bytes, 'text/plain')).status).toBe(403);
        const wrong = await api(context.server, marketing.token).put(`/api/v1/files/${'0'.repeat(64)}`, bytes, 'text/plain');
        expect(wrong.status).toBe(400);
        expect((await api(context.server, marketing.token).put('/api/v1/files/not-a-hash', bytes, 'text/plain')).status).toBe(400);
        const created = await api(context.server, marketing.token).put(`/api/v1/files/${sha}`, bytes, 'text/plain');
        expect(created.status).toBe(201);
        expect((await api(context.server, marketing.token).put(`/api/v1/files/${sha}`, bytes, 'text/plain')).status).toBe(200);
      });

      it('serves a file whole, by range (to resume), and revalidates by ETag', async () => {
        const marketing = await userWithToken(context.store, context.server, 'marketing');
        const rep = await userWithToken(context.store, context.server, 'rep');
        await api(context.server, marketing.token).put(`/api/v1/files/${sha}`, bytes, 'text/plain');
        const client = api(context.server, rep.token);

        const whole = await client.get(`/api/v1/files/${sha}`);
        expect(whole.status).toBe(200);
        expect(whole.headers.get('accept-ranges')).toBe('bytes');
        expect(new Uint8Array(await whole.arrayBuffer())).toEqual(bytes);

        const part = await client.get(`/api/v1/files/${sha}`, { range: 'bytes=100-' });
        expect(part.status).toBe(206);
        expect(part.headers.get('content-range')).toBe(`bytes 100-${bytes.length - 1}/${bytes.length}`);
        expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.slice(100));

        const beyond = await client.get(`/api/v1/files/${sha}`, { range: `bytes=${bytes.length}-` });
        expect(beyond.status).toBe(416);
        expect(beyond.headers.get('content-range')).toBe(`bytes */${bytes.length}`);

        expect((await client.get(`/api/v1/files/${sha}`, { 'if-none-match': `"${sha}"` })).status).toBe(304);
        expect((await client.get(`/api/v1/files/${'a'.repeat(64)}`)).status).toBe(404);
        expect((await api(context.server, null).get(`/api/v1/files/${sha}`)).status).toBe(401);
      });
    });

    describe('operations', () => {
      it('exposes Prometheus metrics', async () => {
        await api(context.server, null).get('/api/v1/health');
        const response = await api(context.server, null).get('/metrics');
        expect(response.status).toBe(200);
        const text = await response.text();
        expect(text).toContain('fieldcase_http_requests_total{method="GET",route="/api/v1/health",status="200"}');
        expect(text).toContain('fieldcase_sync_streams_open');
      });

      it('stays healthy after hostile input', async () => {
        const rep = await userWithToken(context.store, context.server, 'rep');
        const client = api(context.server, rep.token);
        const hostile = [
          client.push('call_notes', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
          client.push('call_notes', '{"__proto__": {"isAdmin": true}}'),
          client.push('call_notes', [{ newDocumentState: { constructor: { prototype: { polluted: true } } } }]),
          client.push('call_notes', '\u0000\uffff'),
          fetch(`${context.server.url}/api/v1/sync/call_notes/push`, {
            method: 'POST',
            headers: { authorization: `Bearer ${rep.token}`, 'content-type': 'text/plain' },
            body: 'hello',
          }),
          fetch(`${context.server.url}/api/v1/sync/%E0%A4%A/pull`, { headers: { authorization: `Bearer ${rep.token}` } }),
          client.pull('call_notes', { sequence: Number.MAX_SAFE_INTEGER + 10 }),
        ];
        for (const response of await Promise.all(hostile)) {
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          expect(await response.json()).toMatchObject({ error: expect.any(String), message: expect.any(String) });
        }
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        expect((await client.pull('call_notes')).status).toBe(200);
      });

      it('answers unknown routes with 404 in the error shape', async () => {
        const response = await api(context.server, null).get('/api/v2/everything');
        expect(response.status).toBe(404);
        expect(await response.json()).toMatchObject({ error: 'not_found' });
      });
    });
  });
}

export type { WireDocument };
