import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempStore, runCliOn, type TempStore } from './store-for-tests.ts';

const T = Date.UTC(2025, 5, 12, 9, 30);
let temp: TempStore;

beforeEach(async () => {
  temp = await createTempStore();
  const store = await temp.open();
  const doc = { id: 'fb-1', ownerId: 'rep-1', kind: 'objection', text: 'Needs SSO', status: 'received', createdAt: 1_000, updatedAt: 1_000 };
  await store.writeDocuments('feedback', ['fb-1'], () => ({ writes: [{ id: 'fb-1', ownerId: 'rep-1', deleted: false, doc }], result: undefined }));
  await temp.closeAll();
});

afterEach(async () => {
  await temp.cleanup();
});

const run = (argv: string[]) => runCliOn(temp, argv, T);

async function stored() {
  const store = await temp.open();
  return { doc: (await store.getDocuments('feedback', ['fb-1'])).get('fb-1'), latest: await store.latestSequence() };
}

describe('feedback set-status', () => {
  it('sets status and response as a new change, and says so', async () => {
    const before = await stored();
    const result = await run(['feedback', 'set-status', 'fb-1', 'planned', '--response', 'SSO ships in 4.2']);
    expect(result).toEqual({ code: 0, stdout: 'Feedback fb-1 (objection) is now planned.\nResponse: SSO ships in 4.2\n', stderr: '' });
    const after = await stored();
    expect(after.doc?.doc).toMatchObject({ status: 'planned', response: 'SSO ships in 4.2', updatedAt: T, text: 'Needs SSO' });
    expect(after.doc?.sequence).toBeGreaterThan(before.doc?.sequence ?? 0);
  });

  it.each([
    [['feedback', 'set-status', 'fb-1', 'done'], 'status must be one of received, planned, shipped, declined, answered (got "done")'],
    [['feedback', 'set-status', 'fb-404', 'planned'], 'There is no feedback with the id fb-404.'],
  ])('%j fails with exit 1, the item untouched', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`error: ${message}\n`);
    expect((await stored()).doc?.doc).toMatchObject({ status: 'received' });
  });

  it('is a usage error without the status', async () => {
    const result = await run(['feedback', 'set-status', 'fb-1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('feedback set-status takes ID STATUS, got: fb-1');
  });
});

describe('feedback answer', () => {
  async function addQuestion(kitId: string, withKit: boolean) {
    const store = await temp.open();
    const doc = { id: 'fb-q', ownerId: 'rep-1', kind: 'question', kitId, text: 'Is SSO in the launch?', status: 'received', createdAt: 1_000, updatedAt: 1_000 };
    await store.writeDocuments('feedback', [], () => ({ writes: [{ id: 'fb-q', ownerId: 'rep-1', deleted: false, doc }], result: undefined }));
    if (withKit) {
      const kit = {
        id: kitId, title: 'Launch', product: 'Beacon', launchDate: 1, dueDate: 1, requiredItemIds: [],
        qualification: { fit: [], notFit: [] }, knowledgeCheck: [], faq: [], version: 1, publishedAt: 1, updatedAt: 1,
      };
      await store.writeDocuments('enablement_kits', [], () => ({ writes: [{ id: kitId, ownerId: null, deleted: false, doc: kit }], result: undefined }));
    }
    await temp.closeAll();
  }

  it('answers the question and adds the answer to its kit', async () => {
    await addQuestion('kit-1', true);
    const result = await run(['feedback', 'answer', 'fb-q', '--response', 'Yes, from day one.']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Feedback fb-q (question) is now answered.\nResponse: Yes, from day one.\n' +
        'The answer joined the questions and answers of kit kit-1; every rep gets it at their next sync.\n',
    );
    const store = await temp.open();
    expect((await store.getDocuments('enablement_kits', ['kit-1'])).get('kit-1')?.doc).toMatchObject({
      version: 2,
      updatedAt: T,
      faq: [{ question: 'Is SSO in the launch?', answer: 'Yes, from day one.', feedbackId: 'fb-q', answeredAt: T }],
    });
  });

  it('answers a question whose kit does not exist, and says so', async () => {
    await addQuestion('kit-gone', false);
    const result = await run(['feedback', 'answer', 'fb-q', '--response', 'Yes.']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('The question was asked from kit kit-gone, which does not exist (or was deleted): no kit shows the answer.');
  });

  it.each([
    [['feedback', 'answer', 'fb-1'], 2, 'feedback answer needs --response'],
    [['feedback', 'answer', 'fb-1', '--response', '  '], 1, "error: feedback answer needs the answer's text: --response TEXT"],
  ])('%j fails, the item untouched', async (argv, code, message) => {
    const result = await run(argv);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expect((await stored()).doc?.doc).toMatchObject({ status: 'received' });
  });
});
