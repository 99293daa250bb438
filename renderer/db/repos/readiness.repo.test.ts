import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EnablementKit } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { createTestDatabase } from '../test-database.ts';
import { recordActivity } from './activities.repo.ts';
import { openCardReviews, reviewBattleCard } from './card-reviews.ts';
import { InvalidFeedbackError } from './feedback.repo.ts';
import {
  InvalidCheckScoreError,
  askProduct,
  observeKits,
  observeMyKit,
  observeMyKitQuestions,
  observeMyKits,
  observeQualificationForDeal,
  observeTeamReadinessInputs,
  recordKnowledgeCheck,
} from './readiness.repo.ts';

function kit(id: string, dueDate: number, requiredItemIds: string[]): EnablementKit {
  return {
    id,
    title: `Kit ${id}`,
    product: 'Beacon Forecast',
    launchDate: dueDate + 10,
    dueDate,
    requiredItemIds,
    qualification: { fit: [], notFit: [] },
    knowledgeCheck: [{ question: 'Q', choices: ['a', 'b'], answerIndex: 0 }],
    faq: [],
    version: 3,
    publishedAt: 1,
    updatedAt: 1,
  };
}

let db: FieldcaseDatabase;
beforeEach(async () => {
  db = await createTestDatabase(['enablement_kits', 'activities', 'feedback', 'battle_cards', 'collateral', 'demo_scripts', 'opportunities']);
  await db.battle_cards.insert({
    id: 'card-1', competitor: 'Quantrel', title: 'Quantrel card', summary: '', sections: [], objections: [], version: 1, publishedAt: 1, updatedAt: 1,
  });
  await db.enablement_kits.bulkInsert([kit('late', 900, ['card-1']), kit('soon', 100, ['card-1', 'gone'])]);
});
afterEach(async () => {
  await db.remove();
});

describe('readiness repository', () => {
  it('lists kits soonest due first', async () => {
    expect((await firstValueFrom(observeKits(db))).map((k) => k.id)).toEqual(['soon', 'late']);
  });

  it("works out the rep's readiness from their activities, naming missing items", async () => {
    await recordActivity(db, { ownerId: 'rep-1', kind: 'card_reviewed', subjectId: 'card-1' }, 10);
    await recordKnowledgeCheck(db, { ownerId: 'rep-1', kit: { id: 'late', version: 3 }, score: 1 }, 20);
    await recordActivity(db, { ownerId: 'rep-2', kind: 'card_reviewed', subjectId: 'card-1' }, 30);
    const [soon, late] = await firstValueFrom(observeMyKits(db, 'rep-1'));
    expect(soon?.readiness).toMatchObject({ done: 1, total: 3, missingIds: ['gone'], isComplete: false });
    expect(late?.readiness).toMatchObject({ done: 2, total: 2, isComplete: true, completedAt: 20 });
    expect((await firstValueFrom(observeMyKit(db, 'rep-2', 'late')))?.readiness.done).toBe(1);
    expect(await firstValueFrom(observeMyKit(db, 'rep-1', 'no-such-kit'))).toBeNull();
  });

  it("gives the team view everyone's readiness activities and nothing else", async () => {
    await recordActivity(db, { ownerId: 'rep-1', kind: 'card_reviewed', subjectId: 'card-1' }, 10);
    await recordActivity(db, { ownerId: 'rep-2', kind: 'brief_prepared', subjectId: 'meeting-1' }, 10);
    await recordActivity(db, { ownerId: 'rep-2', kind: 'collateral_opened', subjectId: 'coll-1' }, 10);
    const inputs = await firstValueFrom(observeTeamReadinessInputs(db));
    expect(inputs.activities.map((a) => `${a.ownerId}:${a.kind}`).sort()).toEqual(['rep-1:card_reviewed', 'rep-2:collateral_opened']);
    expect(inputs.index.get('card-1')).toEqual({ id: 'card-1', kind: 'battle_card', title: 'Quantrel card', version: 1, changedAt: 1 });
  });

  it('stops counting a review once the card changes, live, until the rep reviews the new version', async () => {
    const reviews = openCardReviews({ name: `reviews-${crypto.randomUUID()}`, indexedDB, IDBKeyRange });
    const current = async () => {
      const doc = await db.battle_cards.findOne('card-1').exec();
      if (!doc) throw new Error('the card is gone');
      return doc;
    };
    const item = async (rep: string) => (await firstValueFrom(observeMyKit(db, rep, 'late')))?.readiness.items[0];
    try {
      await reviewBattleCard(db, reviews, { ownerId: 'rep-1', card: (await current()).toMutableJSON() }, 10);
      // Recorded before activities carried versions, after the card was published: it counts too.
      await recordActivity(db, { ownerId: 'rep-2', kind: 'card_reviewed', subjectId: 'card-1' }, 5);
      expect(await item('rep-1')).toMatchObject({ version: 1, doneAt: 10, outdated: null });
      expect(await item('rep-2')).toMatchObject({ doneAt: 5, outdated: null });

      await (await current()).incrementalPatch({ version: 2, updatedAt: 50 });
      expect(await item('rep-1')).toMatchObject({ version: 2, doneAt: null, outdated: { at: 10, version: 1 } });
      expect(await item('rep-2')).toMatchObject({ doneAt: null, outdated: { at: 5, version: null } });
      expect((await firstValueFrom(observeMyKit(db, 'rep-1', 'late')))?.readiness.done).toBe(0);

      const review = await reviewBattleCard(db, reviews, { ownerId: 'rep-1', card: (await current()).toMutableJSON() }, 60);
      expect(review.subjectVersion).toBe(2);
      expect(await item('rep-1')).toMatchObject({ doneAt: 60, lastAt: 60, outdated: null });
    } finally {
      reviews.close();
    }
  });

  it.each([-0.1, 1.01, Number.NaN, Number.POSITIVE_INFINITY])('refuses a check score of %s', async (score) => {
    await expect(recordKnowledgeCheck(db, { ownerId: 'rep-1', kit: { id: 'late', version: 3 }, score })).rejects.toThrow(InvalidCheckScoreError);
    expect(await db.activities.count().exec()).toBe(0);
  });

  it('stores a question asked from a kit or a card as received feedback, listing the kit’s own', async () => {
    await askProduct(db, { ownerId: 'rep-1', text: ' Is it on Essentials? ', source: { kitId: 'late', product: 'Beacon Forecast' } }, 10);
    await askProduct(db, { ownerId: 'rep-1', text: 'Card question', source: { battleCardId: 'card-1', competitor: 'Quantrel' } }, 20);
    await askProduct(db, { ownerId: 'rep-2', text: 'Not mine', source: { kitId: 'late', product: 'Beacon Forecast' } }, 30);
    const mine = await firstValueFrom(observeMyKitQuestions(db, 'rep-1', 'late'));
    expect(mine).toEqual([
      { id: mine[0]?.id, ownerId: 'rep-1', kind: 'question', text: 'Is it on Essentials?', product: 'Beacon Forecast', kitId: 'late', status: 'received', createdAt: 10, updatedAt: 10 },
    ]);
    const fromCard = await db.feedback.findOne({ selector: { battleCardId: 'card-1' } }).exec();
    expect(fromCard?.toJSON()).toMatchObject({ kind: 'question', competitor: 'Quantrel', text: 'Card question' });
    await expect(askProduct(db, { ownerId: 'rep-1', text: '  ', source: { kitId: 'late', product: 'x' } })).rejects.toThrow(InvalidFeedbackError);
  });

  it("gives a deal the qualification checklists of its product's kits, live", async () => {
    const deal = await db.opportunities.insert({
      id: 'opp-1', ownerId: 'rep-1', accountId: 'acc-1', name: 'Deal', stage: 'qualification', amount: 1, closeDate: 1,
      competitors: [], stageHistory: [], createdAt: 1, updatedAt: 1, product: 'Beacon Connect',
    });
    await db.enablement_kits.upsert({ ...kit('with-criteria', 50, []), qualification: { fit: ['Runs Analytics'], notFit: [] } });
    expect(await firstValueFrom(observeQualificationForDeal(db, 'opp-1'))).toEqual([]);
    await deal.incrementalPatch({ product: 'Beacon Forecast' });
    expect((await firstValueFrom(observeQualificationForDeal(db, 'opp-1'))).map((k) => k.id)).toEqual(['with-criteria']);
    expect(await firstValueFrom(observeQualificationForDeal(db, 'no-such-deal'))).toEqual([]);
  });
});
