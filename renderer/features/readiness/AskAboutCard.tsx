import { useState } from 'react';
import type { BattleCard } from '../../../shared/schemas/index.ts';
import { AskProductForm } from './AskProductForm.tsx';

/** "Ask product" on a battle card: opens the question form, saved with the card's id. */
export function AskAboutCard({ card }: { card: Pick<BattleCard, 'id' | 'competitor'> }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <div className="ask-about-card">
      <button type="button" aria-expanded={isOpen} onClick={() => setOpen((open) => !open)}>
        Ask product
      </button>
      {isOpen && <AskProductForm source={{ battleCardId: card.id, competitor: card.competitor }} label={`Ask product about the ${card.competitor} card`} />}
    </div>
  );
}
