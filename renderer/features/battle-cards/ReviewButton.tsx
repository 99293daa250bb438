import { useState } from 'react';
import type { BattleCard } from '../../../shared/schemas/index.ts';
import { useSession } from '../../app/session.store.ts';
import { getCardReviews, reviewBattleCard } from '../../db/repos/card-reviews.ts';
import { useDatabase } from '../../db/useDatabase.ts';

/** Records that the rep reviewed this version of the card (an activity that syncs). */
export function useReviewCard(meetingId: string | null = null) {
  const db = useDatabase();
  const userId = useSession((s) => s.userId);
  const [error, setError] = useState<string | null>(null);
  const review = async (card: BattleCard): Promise<boolean> => {
    setError(null);
    try {
      await reviewBattleCard(db, getCardReviews(), { ownerId: userId, card, meetingId });
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  };
  return { review, error };
}

export function ReviewButton({ card }: { card: BattleCard }) {
  const { review, error } = useReviewCard();
  return (
    <div className="toolbar">
      <button type="button" onClick={() => void review(card)}>
        Mark reviewed
      </button>
      {error && (
        <span role="alert" className="error">
          Review not recorded: {error}
        </span>
      )}
    </div>
  );
}
