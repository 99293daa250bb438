import { describeCardChange, isStale, reviewState } from '../../../shared/domain/card-changes.ts';
import { describeAge } from '../../../shared/domain/relative-time.ts';
import type { BattleCard } from '../../../shared/schemas/index.ts';
import { useNow } from '../../ui/useNow.ts';
import { useCardSettings } from './card-settings.store.ts';
import type { CardReviews } from './useCardReviews.ts';
import './battle-cards.css';

/** "Updated 3 days ago", a stale warning past the rep's limit, and whether it changed since the review. */
export function CardFreshness({ card, reviews, detailed = false }: { card: BattleCard; reviews: CardReviews | null; detailed?: boolean }) {
  const now = useNow();
  const staleAfterDays = useCardSettings((s) => s.staleAfterDays);
  const review = reviews?.latest.get(card.id);
  const state = reviewState(card, review, reviews?.contents.get(card.id));
  return (
    <div className="card-freshness">
      <span>Updated {describeAge(card.updatedAt, now)}.</span>{' '}
      {isStale(card, now, staleAfterDays) && <strong className="stale">Stale: not updated in over {staleAfterDays} days.</strong>}{' '}
      {state.kind === 'current' && <span className="muted">Reviewed {describeAge(state.reviewedAt, now)}.</span>}
      {state.kind === 'never' && <span className="muted">Not reviewed yet.</span>}
      {state.kind === 'changed' && (
        <>
          <strong className="changed">
            Changed since you last reviewed it (version {state.reviewedVersion} → {card.version}).
          </strong>
          {detailed &&
            (state.changes && state.changes.length > 0 ? (
              <ul aria-label="What changed">
                {state.changes.map((change, i) => (
                  <li key={i}>{describeCardChange(change)}</li>
                ))}
              </ul>
            ) : (
              <span className="muted"> The version you reviewed was read on another device, so the details are not on this laptop.</span>
            ))}
        </>
      )}
    </div>
  );
}
