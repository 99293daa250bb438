import { describe, expect, it } from 'vitest';
import { DAY, createDemoClock } from './context.ts';
import { buildOpportunities } from './crm-deals.ts';

const NOW = Date.UTC(2026, 10, 25, 9, 30);
const deals = buildOpportunities({ clock: createDemoClock(NOW, 60), owners: { rep: 'ana', rep2: 'ben' } });
const cutoff = NOW - 7 * DAY;

describe('demo deals history', () => {
  it('gives every entry the amount and close date after it, the last matching the deal today', () => {
    for (const deal of deals) {
      for (const entry of deal.stageHistory) {
        expect(entry.amount, deal.id).toEqual(expect.any(Number));
        expect(entry.closeDate, deal.id).toEqual(expect.any(Number));
      }
      expect(deal.stageHistory.at(-1), deal.id).toMatchObject({ stage: deal.stage, amount: deal.amount, closeDate: deal.closeDate });
      expect(deal.updatedAt, deal.id).toBe(deal.stageHistory.at(-1)?.at);
    }
  });

  it('has stage moves, amount changes and close-date moves within the last 7 days, for both reps', () => {
    const recent = deals.flatMap((deal) =>
      deal.stageHistory.flatMap((entry, i) => {
        const before = deal.stageHistory[i - 1];
        if (entry.at <= cutoff || !before) return [];
        return [{
          owner: deal.ownerId,
          stage: entry.stage !== before.stage,
          amount: entry.amount !== before.amount,
          closeDate: entry.closeDate !== before.closeDate,
        }];
      }),
    );
    expect(recent.some((change) => change.stage)).toBe(true);
    expect(recent.some((change) => change.amount)).toBe(true);
    expect(recent.some((change) => change.closeDate)).toBe(true);
    expect(new Set(recent.map((change) => change.owner))).toEqual(new Set(['ana', 'ben']));
  });
});
