import { Link } from 'react-router';
import { LoadState } from '../../ui/LoadState.tsx';
import { DemoWorkspaceOffer } from '../workspace/DemoWorkspaceOffer.tsx';
import { useBattleCardsUi } from './battle-cards.store.ts';
import { CardFreshness } from './CardFreshness.tsx';
import { StaleSetting } from './StaleSetting.tsx';
import { useCardReviews } from './useCardReviews.ts';
import { groupByCompetitor } from './group-by-competitor.ts';
import { useBattleCards } from './useBattleCards.ts';

export function BattleCardsScreen() {
  const cards = useBattleCards();
  const competitor = useBattleCardsUi((s) => s.competitor);
  const showCompetitor = useBattleCardsUi((s) => s.showCompetitor);
  const reviews = useCardReviews();
  const reviewsData = reviews.status === 'ready' ? reviews.data : null;

  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Battle cards</h1>
      <LoadState query={cards}>
        {(all) => {
          if (all.length === 0) return <DemoWorkspaceOffer />;
          const groups = groupByCompetitor(all);
          const shown = groups.filter((g) => competitor === null || g.competitor === competitor);
          return (
            <>
              <div className="filters" role="group" aria-label="Show competitor">
                <button type="button" aria-pressed={competitor === null} onClick={() => showCompetitor(null)}>
                  All competitors
                </button>
                {groups.map((g) => (
                  <button
                    key={g.competitor}
                    type="button"
                    aria-pressed={competitor === g.competitor}
                    onClick={() => showCompetitor(g.competitor)}
                  >
                    {g.competitor}
                  </button>
                ))}
              </div>
              <StaleSetting />
              {shown.map((group) => (
                <section key={group.competitor} aria-label={group.competitor} className="card-group">
                  <h2>{group.competitor}</h2>
                  <Link to={`/battle-cards/review?competitors=${encodeURIComponent(group.competitor)}`}>Quick review {group.competitor} cards</Link>
                  <ul className="card-list">
                    {group.cards.map((card) => (
                      <li key={card.id}>
                        <Link to={`/battle-cards/${encodeURIComponent(card.id)}`}>{card.title}</Link>
                        <p className="muted">{card.summary}</p>
                        <CardFreshness card={card} reviews={reviewsData} />
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </>
          );
        }}
      </LoadState>
    </section>
  );
}
