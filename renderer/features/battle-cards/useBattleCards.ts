import { observeBattleCard, observeBattleCards } from '../../db/repos/battle-cards.repo.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';

export function useBattleCards() {
  return useLiveQuery('battle-cards', observeBattleCards);
}

export function useBattleCard(id: string) {
  return useLiveQuery(`battle-card:${id}`, (db) => observeBattleCard(db, id));
}
