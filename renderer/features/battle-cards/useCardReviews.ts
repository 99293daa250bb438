import { from, map, switchMap } from 'rxjs';
import type { CardContent } from '../../../shared/domain/card-changes.ts';
import type { Activity } from '../../../shared/schemas/index.ts';
import { useSession } from '../../app/session.store.ts';
import { observeLatestActivities } from '../../db/repos/activities.repo.ts';
import { getCardReviews } from '../../db/repos/card-reviews.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';

export interface CardReviews {
  latest: ReadonlyMap<string, Activity>;
  /** The reviewed copies kept on this laptop. */
  contents: ReadonlyMap<string, CardContent>;
}

/** The rep's last review of every card, with the copies kept here to say what changed since. */
export function useCardReviews() {
  const userId = useSession((s) => s.userId);
  return useLiveQuery<CardReviews>(`card-reviews:${userId}`, (db) =>
    observeLatestActivities(db, userId, 'card_reviewed').pipe(
      switchMap((latest) => from(getCardReviews().all()).pipe(map((contents) => ({ latest, contents })))),
    ),
  );
}
