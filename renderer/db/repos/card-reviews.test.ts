import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BattleCard } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { createTestDatabase } from '../test-database.ts';
import { observeLatestActivities, recordActivity } from './activities.repo.ts';
import { openCardReviews, reviewBattleCard, type CardReviewStore } from './card-reviews.ts';

const card: BattleCard = { id: 'c1', competitor: 'Quantrel', title: 'Q', summary: 's', sections: [], objections: [], version: 2, publishedAt: 1, updatedAt: 1 };

let db: FieldcaseDatabase;
let store: CardReviewStore;
beforeEach(async () => {
  db = await createTestDatabase(['activities']);
  store = openCardReviews({ name: `reviews-${crypto.randomUUID()}`, indexedDB, IDBKeyRange });
});
afterEach(async () => {
  store.close();
  await db.remove();
});

describe('card reviews', () => {
  it('records the review as an activity with the version seen, and keeps the reviewed copy', async () => {
    await reviewBattleCard(db, store, { ownerId: 'rep', card }, 100);
    await reviewBattleCard(db, store, { ownerId: 'rep', card: { ...card, version: 3, summary: 'new' }, meetingId: 'm1' }, 200);
    const latest = await firstValueFrom(observeLatestActivities(db, 'rep', 'card_reviewed'));
    expect(latest.get('c1')).toMatchObject({ at: 200, subjectVersion: 3, meetingId: 'm1', kind: 'card_reviewed' });
    expect((await store.all()).get('c1')).toMatchObject({ version: 3, summary: 'new' });
  });

  it('keeps other people’s and other kinds of activity apart', async () => {
    await recordActivity(db, { ownerId: 'rep-2', kind: 'card_reviewed', subjectId: 'c1', subjectVersion: 1 }, 5);
    await recordActivity(db, { ownerId: 'rep', kind: 'brief_prepared', subjectId: 'c1' }, 6);
    expect((await firstValueFrom(observeLatestActivities(db, 'rep', 'card_reviewed'))).size).toBe(0);
  });
});
