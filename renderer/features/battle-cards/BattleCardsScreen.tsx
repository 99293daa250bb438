import { Link } from 'react-router';
import { describeAge } from '../../../shared/domain/relative-time.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { useNow } from '../../ui/useNow.ts';
import { DemoWorkspaceOffer } from '../workspace/DemoWorkspaceOffer.tsx';
import { useBattleCardsUi } from './battle-cards.store.ts';
import { groupByCompetitor } from './group-by-competitor.ts';
import { useBattleCards } from './useBattleCards.ts';

export function BattleCardsScreen() {
  const cards = useBattleCards();
  const competitor = useBattleCardsUi((s) => s.competitor);
  const showCompetitor = useBattleCardsUi((s) => s.showCompetitor);
  const now = useNow();

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
              {shown.map((group) => (
                <section key={group.competitor} aria-label={group.competitor} className="card-group">
                  <h2>{group.competitor}</h2>
                  <ul className="card-list">
                    {group.cards.map((card) => (
                      <li key={card.id}>
                        <Link to={`/battle-cards/${encodeURIComponent(card.id)}`}>{card.title}</Link>
                        <p className="muted">
                          {card.summary} <span>Updated {describeAge(card.updatedAt, now)}.</span>
                        </p>
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
