import type { BattleCard } from '../../../shared/schemas/index.ts';

export interface CompetitorGroup {
  competitor: string;
  cards: BattleCard[];
}

/** Cards arrive sorted by competitor; this keeps that order. */
export function groupByCompetitor(cards: BattleCard[]): CompetitorGroup[] {
  const groups = new Map<string, BattleCard[]>();
  for (const card of cards) {
    const group = groups.get(card.competitor);
    if (group) group.push(card);
    else groups.set(card.competitor, [card]);
  }
  return [...groups].map(([competitor, grouped]) => ({ competitor, cards: grouped }));
}
