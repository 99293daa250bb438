import { Link, useParams } from 'react-router';
import { describeAge } from '../../../shared/domain/relative-time.ts';
import type { BattleCard } from '../../../shared/schemas/index.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { Markdown } from '../../ui/Markdown.tsx';
import { useNow } from '../../ui/useNow.ts';
import { useBattleCard } from './useBattleCards.ts';

function BattleCardView({ card }: { card: BattleCard }) {
  const now = useNow();
  return (
    <article aria-labelledby="card-title" className="battle-card">
      <p className="eyebrow">Battle card · {card.competitor}</p>
      <h1 id="card-title">{card.title}</h1>
      <p className="muted">
        Version {card.version}, updated {describeAge(card.updatedAt, now)}
      </p>
      <p className="summary">{card.summary}</p>
      {card.sections.map((section) => (
        <section key={section.heading} aria-label={section.heading}>
          <h2>{section.heading}</h2>
          <Markdown text={section.body} />
        </section>
      ))}
      {card.objections.length > 0 && (
        <section aria-labelledby="objections-title">
          <h2 id="objections-title">Objection handling</h2>
          <dl className="objections">
            {card.objections.map((item) => (
              <div key={item.objection}>
                <dt>
                  <span className="label">If they say</span> {item.objection}
                </dt>
                <dd>
                  <span className="label">You say</span> <Markdown text={item.response} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </article>
  );
}

export function BattleCardScreen() {
  const { cardId = '' } = useParams();
  const card = useBattleCard(cardId);
  return (
    <>
      <Link to="/battle-cards" className="back">
        All battle cards
      </Link>
      <LoadState query={card}>
        {(found) =>
          found ? (
            <BattleCardView card={found} />
          ) : (
            <section aria-labelledby="screen-title">
              <h1 id="screen-title">Battle card not found</h1>
              <p>This battle card is not on this laptop. It may have been withdrawn by marketing.</p>
            </section>
          )
        }
      </LoadState>
    </>
  );
}
