/**
 * The copy of each battle card as the rep last reviewed it, kept on this laptop only (its own
 * small Dexie database, like note-history.ts), so a later version can say what changed.
 * The review itself is an activity and syncs; this copy does not need to.
 */
import { Dexie, type Table } from 'dexie';
import { cardContent, type CardContent } from '../../../shared/domain/card-changes.ts';
import type { Activity, BattleCard } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { recordActivity } from './activities.repo.ts';

export const CARD_REVIEWS_DATABASE = 'fieldcase-card-reviews';

class ReviewsDatabase extends Dexie {
  reviewed!: Table<CardContent, string>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ reviewed: 'id' });
  }
}

export interface CardReviewStore {
  /** The content of every card the rep reviewed here, by card id. */
  all(): Promise<Map<string, CardContent>>;
  keep(card: BattleCard): Promise<void>;
  close(): void;
}

export function openCardReviews(options: { name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}): CardReviewStore {
  const db = new ReviewsDatabase(
    options.name ?? CARD_REVIEWS_DATABASE,
    options.indexedDB && options.IDBKeyRange ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : undefined,
  );
  return {
    async all() {
      const rows = await db.reviewed.toArray();
      return new Map(rows.map((row) => [row.id, row]));
    },
    async keep(card) {
      await db.reviewed.put(cardContent(card));
    },
    close: () => db.close(),
  };
}

let shared: CardReviewStore | undefined;

export function getCardReviews(): CardReviewStore {
  shared ??= openCardReviews();
  return shared;
}

/**
 * The rep reviewed a card: an activity for enablement (synced), and the reviewed copy kept here.
 * Keeping the copy may fail (storage full) without losing the review itself.
 */
export async function reviewBattleCard(
  db: FieldcaseDatabase,
  store: CardReviewStore,
  input: { ownerId: string; card: BattleCard; meetingId?: string | null },
  now = Date.now(),
): Promise<Activity> {
  const activity = await recordActivity(
    db,
    { ownerId: input.ownerId, kind: 'card_reviewed', subjectId: input.card.id, subjectVersion: input.card.version, meetingId: input.meetingId ?? null },
    now,
  );
  await store.keep(input.card);
  return activity;
}
