/**
 * Answers to questions asked from a kit join that kit's FAQ and reach every rep through the
 * normal pull (part of server.suite.ts, so run on both stores).
 */
import { describe, expect, it } from 'vitest';
import type { EnablementKit, Feedback } from '../../shared/schemas/index.ts';
import type { PullResponse } from '../../shared/sync/protocol.ts';
import { userWithToken } from '../helpers/server.ts';
import { api, type ServerSuiteContext } from './server.suite.ts';

const KIT: EnablementKit = {
  id: 'kit-live',
  title: 'Live launch',
  product: 'Beacon Analytics',
  launchDate: 10,
  dueDate: 5,
  requiredItemIds: [],
  qualification: { fit: ['Big'], notFit: ['Small'] },
  knowledgeCheck: [],
  faq: [{ question: 'Older?', answer: 'Yes.' }],
  version: 3,
  publishedAt: 1,
  updatedAt: 1,
};

export function describeKitAnswers(context: ServerSuiteContext): void {
  const answer = (token: string, id: string, body: unknown) =>
    fetch(`${context.server.url}/api/v1/feedback/${encodeURIComponent(id)}/status`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  async function publishKit(): Promise<void> {
    await context.store.writeDocuments('enablement_kits', [], () => ({ writes: [{ id: KIT.id, ownerId: null, deleted: false, doc: KIT }], result: undefined }));
  }

  async function askQuestion(token: string, ownerId: string, patch: Partial<Feedback> = {}): Promise<Feedback> {
    const item: Feedback = { id: `fb-${crypto.randomUUID()}`, ownerId, kind: 'question', kitId: KIT.id, text: 'Does Live need a gateway?', status: 'received', createdAt: 1, updatedAt: 1, ...patch };
    expect((await api(context.server, token).push('feedback', [{ newDocumentState: item }])).status).toBe(200);
    return item;
  }

  async function pulledKit(token: string): Promise<EnablementKit | undefined> {
    const page = (await (await api(context.server, token).pull('enablement_kits')).json()) as PullResponse<EnablementKit>;
    return page.documents.find((doc) => doc.id === KIT.id);
  }

  describe('answers joining a kit', () => {
    it('adds the answer to the kit in the same write, and every rep pulls it; re-answering updates, never duplicates', async () => {
      const rep = await userWithToken(context.store, context.server, 'rep');
      const otherRep = await userWithToken(context.store, context.server, 'rep');
      const marketing = await userWithToken(context.store, context.server, 'marketing');
      await publishKit();
      const item = await askQuestion(rep.token, rep.id);
      const before = await context.store.latestSequence();

      const first = await answer(marketing.token, item.id, { status: 'answered', response: 'No: it runs in our cloud.' });
      expect(first.status).toBe(200);
      expect(first.headers.get('fieldcase-kit-faq')).toBe('added');
      expect(await first.json()).toMatchObject({ id: item.id, status: 'answered', response: 'No: it runs in our cloud.' });
      // One transaction: the feedback and the kit took the next two sequences.
      expect(await context.store.latestSequence()).toBe(before + 2);

      const seen = await pulledKit(otherRep.token);
      expect(seen).toMatchObject({ version: 4, faq: [KIT.faq[0], { question: item.text, answer: 'No: it runs in our cloud.', feedbackId: item.id, answeredAt: expect.any(Number) }] });
      expect(seen?.updatedAt).toBeGreaterThan(KIT.updatedAt);

      const again = await answer(marketing.token, item.id, { status: 'answered', response: 'No gateway: it runs in our cloud.' });
      expect(again.headers.get('fieldcase-kit-faq')).toBe('updated');
      const updated = await pulledKit(rep.token);
      expect(updated?.faq).toHaveLength(2);
      expect(updated).toMatchObject({ version: 5, faq: [KIT.faq[0], { feedbackId: item.id, answer: 'No gateway: it runs in our cloud.' }] });

      const same = await answer(marketing.token, item.id, { status: 'answered' });
      expect(same.headers.get('fieldcase-kit-faq')).toBe('unchanged');
      expect((await pulledKit(rep.token))?.version).toBe(5);

      const withdrawn = await answer(marketing.token, item.id, { status: 'declined' });
      expect(withdrawn.headers.get('fieldcase-kit-faq')).toBe('removed');
      expect((await pulledKit(rep.token))?.faq).toEqual(KIT.faq);
    });

    it('answers a question whose kit does not exist, and says so', async () => {
      const rep = await userWithToken(context.store, context.server, 'rep');
      const admin = await userWithToken(context.store, context.server, 'admin');
      const item = await askQuestion(rep.token, rep.id, { kitId: 'kit-gone' });
      const response = await answer(admin.token, item.id, { status: 'answered', response: 'Yes.' });
      expect(response.status).toBe(200);
      expect(response.headers.get('fieldcase-kit-faq')).toBe('no_kit');
      expect((await context.store.getDocuments('feedback', [item.id])).get(item.id)?.doc).toMatchObject({ status: 'answered', response: 'Yes.' });
      expect((await context.store.getDocuments('enablement_kits', ['kit-gone'])).size).toBe(0);
    });

    it('leaves the kit alone for feedback that is not a question from it', async () => {
      const rep = await userWithToken(context.store, context.server, 'rep');
      const marketing = await userWithToken(context.store, context.server, 'marketing');
      await publishKit();
      const objection = await askQuestion(rep.token, rep.id, { kind: 'objection' });
      const response = await answer(marketing.token, objection.id, { status: 'answered', response: 'Noted.' });
      expect(response.status).toBe(200);
      expect(response.headers.get('fieldcase-kit-faq')).toBeNull();
      expect((await context.store.getDocuments('enablement_kits', [KIT.id])).get(KIT.id)?.doc).toEqual(KIT);
    });
  });
}
