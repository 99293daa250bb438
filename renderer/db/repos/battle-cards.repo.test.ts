import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BattleCard } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { createTestDatabase } from '../test-database.ts';
import { findBattleCardsForCompetitors, observeBattleCard, observeBattleCards } from './battle-cards.repo.ts';

function card(id: string, competitor: string, title: string): BattleCard {
  return { id, competitor, title, summary: '', sections: [], objections: [], version: 1, publishedAt: 1, updatedAt: 1 };
}

let db: FieldcaseDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
  await db.battle_cards.bulkInsert([card('c3', 'Zenith', 'Zenith pricing'), card('c1', 'Acuity', 'B'), card('c2', 'Acuity', 'A')]);
});
afterEach(async () => {
  await db.remove();
});

describe('battle cards repository', () => {
  it('lists cards by competitor, then title', async () => {
    const cards = await firstValueFrom(observeBattleCards(db));
    expect(cards.map((c) => c.id)).toEqual(['c2', 'c1', 'c3']);
  });

  it('reads one card, or null when there is none', async () => {
    expect((await firstValueFrom(observeBattleCard(db, 'c3')))?.title).toBe('Zenith pricing');
    expect(await firstValueFrom(observeBattleCard(db, 'nope'))).toBeNull();
  });

  it('finds the cards for the competitors of a deal', async () => {
    const cards = await findBattleCardsForCompetitors(db, ['Zenith', 'Nobody']);
    expect(cards.map((c) => c.id)).toEqual(['c3']);
  });
});
