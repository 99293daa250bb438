import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldcaseDatabase } from '../database.ts';
import { createTestDatabase } from '../test-database.ts';
import { FEEDBACK_TEXT_MAX, InvalidFeedbackError, logFeedback, observeFeedbackForNote, observeMyFeedback } from './feedback.repo.ts';

let db: FieldcaseDatabase;
beforeEach(async () => {
  db = await createTestDatabase(['feedback']);
});
afterEach(async () => {
  await db.remove();
});

describe('feedback repository', () => {
  it('logs feedback as received, with its context, trimmed', async () => {
    const item = await logFeedback(
      db,
      { ownerId: 'rep-1', kind: 'competitor_mention', text: '  Quantrel is cheaper ', competitor: ' Quantrel ', product: '', accountId: 'acc-1', noteId: 'n1' },
      5_000,
    );
    expect(item).toEqual({
      id: item.id, ownerId: 'rep-1', kind: 'competitor_mention', text: 'Quantrel is cheaper', competitor: 'Quantrel',
      accountId: 'acc-1', noteId: 'n1', status: 'received', createdAt: 5_000, updatedAt: 5_000,
    });
  });

  it.each([
    ['empty text', '   ', 'Write what the customer said'],
    ['text over the limit', 'x'.repeat(FEEDBACK_TEXT_MAX + 1), 'at most'],
  ])('refuses %s', async (_name, text, message) => {
    await expect(logFeedback(db, { ownerId: 'rep-1', kind: 'praise', text })).rejects.toThrow(InvalidFeedbackError);
    await expect(logFeedback(db, { ownerId: 'rep-1', kind: 'praise', text })).rejects.toThrow(message);
    expect(await db.feedback.count().exec()).toBe(0);
  });

  it('lists the rep’s own feedback newest first, and a note’s feedback', async () => {
    await logFeedback(db, { ownerId: 'rep-1', kind: 'praise', text: 'Loves the wall screens', noteId: 'n1' }, 1_000);
    await logFeedback(db, { ownerId: 'rep-1', kind: 'pricing', text: 'Too expensive per site' }, 2_000);
    await logFeedback(db, { ownerId: 'rep-2', kind: 'objection', text: 'Not mine' }, 3_000);
    expect((await firstValueFrom(observeMyFeedback(db, 'rep-1'))).map((f) => f.text)).toEqual(['Too expensive per site', 'Loves the wall screens']);
    expect((await firstValueFrom(observeFeedbackForNote(db, 'n1'))).map((f) => f.text)).toEqual(['Loves the wall screens']);
  });
});
