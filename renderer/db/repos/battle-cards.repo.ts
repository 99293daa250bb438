/** Published battle cards: read-only on the laptop (marketing publishes, sync delivers). */
import { map, type Observable } from 'rxjs';
import type { BattleCard } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';

function byCompetitorThenTitle(a: BattleCard, b: BattleCard): number {
  return a.competitor.localeCompare(b.competitor) || a.title.localeCompare(b.title);
}

export function observeBattleCards(db: FieldcaseDatabase): Observable<BattleCard[]> {
  return db.battle_cards
    .find()
    .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON()).sort(byCompetitorThenTitle)));
}

export function observeBattleCard(db: FieldcaseDatabase, id: string): Observable<BattleCard | null> {
  return db.battle_cards.findOne(id).$.pipe(map((doc) => (doc ? doc.toMutableJSON() : null)));
}

/** Uses the competitor index: the cards a deal's competitors call for. */
export async function findBattleCardsForCompetitors(db: FieldcaseDatabase, competitors: string[]): Promise<BattleCard[]> {
  const docs = await db.battle_cards.find({ selector: { competitor: { $in: competitors } } }).exec();
  return docs.map((doc) => doc.toMutableJSON()).sort(byCompetitorThenTitle);
}
