import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldcaseDatabase } from '../database.ts';
import { createTestDatabase } from '../test-database.ts';
import { observeForecastDeals } from './forecast.repo.ts';
import { createOpportunity, moveOpportunity } from './opportunities.repo.ts';

let db: FieldcaseDatabase;
beforeEach(async () => {
  db = await createTestDatabase(['opportunities']);
});
afterEach(async () => {
  await db.remove();
});

const fields = { name: 'Rollout', stage: 'proposal', amount: 1_000, currency: 'EUR', closeDate: 5_000, competitors: [] } as const;

describe('forecast repository', () => {
  it('reads one rep’s deals, or the whole team’s, and sees moves as they happen', async () => {
    const ana = await createOpportunity(db, { ownerId: 'ana', accountId: 'a', ...fields, competitors: [] }, 10);
    await createOpportunity(db, { ownerId: 'ben', accountId: 'b', ...fields, competitors: [] }, 11);
    expect((await firstValueFrom(observeForecastDeals(db, { ownerId: 'ana' }))).map((deal) => deal.ownerId)).toEqual(['ana']);
    expect((await firstValueFrom(observeForecastDeals(db, 'team'))).map((deal) => deal.ownerId).sort()).toEqual(['ana', 'ben']);
    expect(await firstValueFrom(observeForecastDeals(db, { ownerId: 'nobody' }))).toEqual([]);
    await moveOpportunity(db, ana.id, 'negotiation', 20);
    const [moved] = await firstValueFrom(observeForecastDeals(db, { ownerId: 'ana' }));
    expect(moved?.stageHistory.at(-1)).toEqual({ stage: 'negotiation', at: 20, amount: 1_000, closeDate: 5_000 });
  });
});
