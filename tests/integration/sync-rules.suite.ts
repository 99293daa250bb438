/** Who sees and writes what, and the no-skip rule, through the HTTP API (part of server.suite.ts). */
import { describe, expect, it } from 'vitest';
import type { BattleCard, Feedback } from '../../shared/schemas/index.ts';
import type { CountsResponse, PullResponse, WireDocument } from '../../shared/sync/protocol.ts';
import { note, startTestServer, userWithToken } from '../helpers/server.ts';
import { api, wire, type ServerSuiteContext } from './server.suite.ts';

const card: BattleCard = {
  id: 'card-q',
  competitor: 'Quantrel',
  title: 'Beating Quantrel',
  summary: 'They win on price.',
  sections: [],
  objections: [],
  version: 1,
  publishedAt: 1,
  updatedAt: 1,
};

function feedback(ownerId: string, patch: Partial<Feedback> = {}): Feedback {
  return { id: `fb-${ownerId}`, ownerId, kind: 'objection', text: 'Too pricey', status: 'received', createdAt: 1, updatedAt: 1, ...patch };
}

async function pullAll(client: ReturnType<typeof api>, collection: string, limit: number) {
  const ids: string[] = [];
  const pageSizes: number[] = [];
  const checkpoints: unknown[] = [];
  let checkpoint: unknown = null;
  for (;;) {
    const page = (await (await client.pull(collection, checkpoint, limit)).json()) as PullResponse;
    pageSizes.push(page.documents.length);
    ids.push(...page.documents.map((d) => d.id));
    if (page.documents.length < limit) return { ids, pageSizes, checkpoints };
    checkpoint = page.checkpoint;
    checkpoints.push(checkpoint);
  }
}

export function describeSyncRules(context: ServerSuiteContext): void {
  describe('ownership and visibility', () => {
    it('shows a rep only their own notes, in full pages, and a manager everyone’s', async () => {
      const rep = await userWithToken(context.store, context.server, 'rep');
      const rep2 = await userWithToken(context.store, context.server, 'rep');
      const manager = await userWithToken(context.store, context.server, 'manager');
      // Interleaved so that filtering after the limit would leave short pages mid-stream.
      for (let i = 0; i < 6; i += 1) {
        await api(context.server, rep.token).push('call_notes', [{ newDocumentState: wire(note(rep.id, `a-${i}`)) }]);
        await api(context.server, rep2.token).push('call_notes', [
          { newDocumentState: wire(note(rep2.id, `b-${i}`)) },
          { newDocumentState: wire(note(rep2.id, `c-${i}`)) },
        ]);
      }
      const counts = async (token: string, checkpoints: object) =>
        (await (await fetch(`${context.server.url}/api/v1/sync/counts?${new URLSearchParams({ checkpoints: JSON.stringify(checkpoints) })}`, {
          headers: { authorization: `Bearer ${token}` },
        })).json()) as CountsResponse;
      expect(await counts(rep.token, { call_notes: null, feedback: null })).toEqual({ counts: { call_notes: 6, feedback: 0 } });
      expect(await counts(manager.token, { call_notes: null })).toEqual({ counts: { call_notes: 18 } });
      // Each collection from its own checkpoint.
      const [third] = (await pullAll(api(context.server, rep.token), 'call_notes', 3)).checkpoints;
      expect(await counts(rep.token, { call_notes: third })).toEqual({ counts: { call_notes: 3 } });
      expect(await counts(rep.token, { call_notes: { sequence: await context.store.latestSequence() } })).toEqual({ counts: { call_notes: 0 } });
      const mine = await pullAll(api(context.server, rep.token), 'call_notes', 2);
      expect(mine.ids).toEqual([0, 1, 2, 3, 4, 5].map((i) => `a-${i}`));
      expect(mine.pageSizes).toEqual([2, 2, 2, 0]);
      expect((await pullAll(api(context.server, manager.token), 'call_notes', 5)).ids).toHaveLength(18);
    });

    it('refuses, with 403 and nothing written, a note for another rep or a takeover of theirs', async () => {
      const rep = await userWithToken(context.store, context.server, 'rep');
      const rep2 = await userWithToken(context.store, context.server, 'rep');
      const theirs = note(rep2.id, 'theirs');
      await api(context.server, rep2.token).push('call_notes', [{ newDocumentState: wire(theirs) }]);
      const sequence = await context.store.latestSequence();

      const forged = await api(context.server, rep.token).push('call_notes', [
        { newDocumentState: wire(note(rep.id, 'fine')) },
        { newDocumentState: wire(note(rep2.id, 'forged')) },
      ]);
      expect(forged.status).toBe(403);
      const takeover = await api(context.server, rep.token).push('call_notes', [
        { newDocumentState: wire(note(rep.id, 'fine')) },
        { assumedMasterState: wire(theirs), newDocumentState: wire({ ...theirs, ownerId: rep.id }) },
      ]);
      expect(takeover.status).toBe(403);
      expect(await takeover.json()).toMatchObject({ error: 'forbidden' });
      expect(await context.store.latestSequence()).toBe(sequence);
    });

    it('lets marketing publish battle cards for every rep to read, and nobody else', async () => {
      const rep = await userWithToken(context.store, context.server, 'rep');
      const manager = await userWithToken(context.store, context.server, 'manager');
      const marketing = await userWithToken(context.store, context.server, 'marketing');
      expect((await api(context.server, rep.token).push('battle_cards', [{ newDocumentState: wire(card) }])).status).toBe(403);
      expect((await api(context.server, manager.token).push('battle_cards', [{ newDocumentState: wire(card) }])).status).toBe(403);
      expect((await api(context.server, marketing.token).push('battle_cards', [{ newDocumentState: wire(card) }])).status).toBe(200);
      const page = (await (await api(context.server, rep.token).pull('battle_cards')).json()) as PullResponse;
      expect(page.documents).toEqual([wire(card)]);
    });

    it('keeps feedback status and response for product and marketing to set', async () => {
      const rep = await userWithToken(context.store, context.server, 'rep');
      const client = api(context.server, rep.token);
      expect((await client.push('feedback', [{ newDocumentState: wire(feedback(rep.id, { status: 'shipped' })) }])).status).toBe(403);
      expect((await client.push('feedback', [{ newDocumentState: wire(feedback(rep.id, { response: 'Done' })) }])).status).toBe(403);
      const logged = feedback(rep.id);
      expect((await client.push('feedback', [{ newDocumentState: wire(logged) }])).status).toBe(200);
      const edited = { ...logged, text: 'Too pricey for 20 seats' };
      expect((await client.push('feedback', [{ assumedMasterState: wire(logged), newDocumentState: wire(edited) }])).status).toBe(200);
    });
  });

  describe('change order', () => {
    it('never lets a checkpointed puller skip a change while many pushers write at once', async () => {
      const reps = await Promise.all([1, 2, 3, 4, 5, 6].map(() => userWithToken(context.store, context.server, 'rep')));
      const manager = await userWithToken(context.store, context.server, 'manager');
      const puller = api(context.server, manager.token);
      const seen = new Map<string, string>();
      let checkpoint: unknown = null;
      let isWriting = true;

      const pullOnce = async () => {
        const page = (await (await puller.pull('call_notes', checkpoint, 7)).json()) as PullResponse<WireDocument<'call_notes'>>;
        for (const doc of page.documents) seen.set(doc.id, doc.title);
        checkpoint = page.checkpoint;
        return page.documents.length;
      };
      const pulling = (async () => {
        while (isWriting) await pullOnce();
      })();
      await Promise.all(
        reps.map(async (rep) => {
          for (let batch = 0; batch < 8; batch += 1) {
            const rows = [0, 1, 2, 3].map((i) => ({ newDocumentState: wire(note(rep.id, `${rep.id}-${batch}-${i}`)) }));
            expect((await api(context.server, rep.token).push('call_notes', rows)).status).toBe(200);
          }
        }),
      );
      isWriting = false;
      await pulling;
      while ((await pullOnce()) > 0);
      expect(seen.size).toBe(6 * 8 * 4);
    });
  });

  describe('rate limits', () => {
    it('answers 429 in the error shape past the limit, per token, and stays healthy', async () => {
      const limited = await startTestServer(context.store, { rateLimitPerMinute: 5 });
      try {
        const rep = await userWithToken(context.store, limited, 'rep');
        const statuses: number[] = [];
        for (let i = 0; i < 7; i += 1) statuses.push((await api(limited, rep.token).pull('call_notes')).status);
        expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
        const refused = await api(limited, rep.token).pull('call_notes');
        expect(refused.status).toBe(429);
        expect(await refused.json()).toMatchObject({ error: 'rate_limited' });
        const other = await userWithToken(context.store, limited, 'rep');
        expect((await api(limited, other.token).pull('call_notes')).status).toBe(200);
      } finally {
        await limited.close();
      }
    });
  });
}
