import { Link, useParams } from 'react-router';
import type { ReactNode } from 'react';
import type { BattleCard } from '../../../shared/schemas/index.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { Markdown } from '../../ui/Markdown.tsx';
import { AskAboutCard } from '../readiness/AskAboutCard.tsx';
import { CardFreshness } from './CardFreshness.tsx';
import { ReviewButton } from './ReviewButton.tsx';
import { useCardReviews, type CardReviews } from './useCardReviews.ts';
import { useBattleCard } from './useBattleCards.ts';

export function BattleCardView({ card, reviews, actions }: { card: BattleCard; reviews: CardReviews | null; actions?: ReactNode }) {
  return (
    <article aria-labelledby="card-title" className="battle-card">
      <p className="eyebrow">Battle card · {card.competitor}</p>
      <h1 id="card-title">{card.title}</h1>
      <p className="muted">Version {card.version}</p>
      <CardFreshness card={card} reviews={reviews} detailed />
      {actions}
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
  const reviews = useCardReviews();
  return (
    <>
      <Link to="/battle-cards" className="back">
        All battle cards
      </Link>
      <LoadState query={card}>
        {(found) =>
          found ? (
            <BattleCardView
              card={found}
              reviews={reviews.status === 'ready' ? reviews.data : null}
              actions={
                <>
                  <ReviewButton card={found} />
                  <AskAboutCard card={found} />
                </>
              }
            />
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
