import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { splitLabels } from '../../../shared/domain/crm-input.ts';
import type { BattleCard } from '../../../shared/schemas/index.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { BattleCardView } from './BattleCardScreen.tsx';
import { groupByCompetitor } from './group-by-competitor.ts';
import { useReviewCard } from './ReviewButton.tsx';
import { useCardReviews } from './useCardReviews.ts';
import { useBattleCards } from './useBattleCards.ts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function Flipper({ cards, meetingId, backTo }: { cards: BattleCard[]; meetingId: string | null; backTo: string }) {
  const [index, setIndex] = useState(0);
  const [reviewedHere, setReviewedHere] = useState<ReadonlySet<string>>(new Set());
  const reviews = useCardReviews();
  const { review, error } = useReviewCard(meetingId);
  const navigate = useNavigate();
  const card = cards[Math.min(index, cards.length - 1)];
  const actions = useRef({ previous: () => {}, next: () => {}, markReviewed: () => {}, done: () => {} });

  const latest = {
    previous: () => setIndex((i) => Math.max(0, i - 1)),
    next: () => setIndex((i) => Math.min(cards.length - 1, i + 1)),
    markReviewed: () => {
      if (!card) return;
      void review(card).then((ok) => {
        if (!ok) return;
        setReviewedHere((seen) => new Set(seen).add(card.id));
        setIndex((i) => Math.min(cards.length - 1, i + 1));
      });
    },
    done: () => void navigate(backTo),
  };
  useLayoutEffect(() => {
    actions.current = latest;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const action = { ArrowLeft: 'previous', ArrowRight: 'next', Enter: 'markReviewed', r: 'markReviewed', Escape: 'done' }[event.key] as
        | 'previous'
        | 'next'
        | 'markReviewed'
        | 'done'
        | undefined;
      if (!action) return;
      // Enter on a focused button or link is that control's own click.
      if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.closest('button, a')) return;
      event.preventDefault();
      actions.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!card) return <p>No battle cards on this laptop for these competitors.</p>;
  const reviewedCount = cards.filter((c) => reviewedHere.has(c.id)).length;
  return (
    <div className="quick-review">
      <p className="quick-review-progress" role="status" aria-live="polite">
        Card {index + 1} of {cards.length} · {reviewedCount} reviewed in this session
        {reviewedHere.has(card.id) && <span className="reviewed-mark"> · ✓ reviewed</span>}
      </p>
      <div className="toolbar" role="group" aria-label="Quick review">
        <button type="button" onClick={latest.previous} disabled={index === 0} aria-keyshortcuts="ArrowLeft">
          Previous card
        </button>
        <button type="button" onClick={latest.markReviewed} aria-keyshortcuts="Enter R">
          Mark reviewed and go on
        </button>
        <button type="button" onClick={latest.next} disabled={index === cards.length - 1} aria-keyshortcuts="ArrowRight">
          Next card
        </button>
        <button type="button" onClick={latest.done} aria-keyshortcuts="Escape">
          Done
        </button>
      </div>
      <p className="muted">Keys: ← previous, → next, Enter or R mark reviewed, Esc done.</p>
      {error && (
        <p role="alert" className="error">
          Review not recorded: {error}
        </p>
      )}
      <BattleCardView card={card} reviews={reviews.status === 'ready' ? reviews.data : null} />
    </div>
  );
}

/**
 * Flips through the cards for a deal's competitors: `?competitors=A,B` (the brief links the
 * deal's), optionally `&meeting=ID` so the reviews are tied to the meeting they prepare.
 */
export function QuickReviewScreen() {
  const [params] = useSearchParams();
  const competitors = splitLabels(params.get('competitors') ?? '').slice(0, 20);
  const meetingId = params.get('meeting');
  const backTo = meetingId ? `/meetings/${encodeURIComponent(meetingId)}/brief` : '/battle-cards';
  const all = useBattleCards();
  const wanted = new Set(competitors.map((c) => c.toLocaleLowerCase()));
  return (
    <section aria-label="Quick review of battle cards">
      <Link to={backTo} className="back">
        {meetingId ? 'Back to the brief' : 'All battle cards'}
      </Link>
      <p className="eyebrow">Quick review: {competitors.length > 0 ? competitors.join(', ') : 'no competitor chosen'}</p>
      <LoadState query={all}>
        {(cards) => {
          const chosen = groupByCompetitor(cards.filter((card) => wanted.has(card.competitor.toLocaleLowerCase()))).flatMap((g) => g.cards);
          return <Flipper key={competitors.join('|')} cards={chosen} meetingId={meetingId} backTo={backTo} />;
        }}
      </LoadState>
    </section>
  );
}
