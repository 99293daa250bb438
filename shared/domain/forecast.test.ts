import { describe, expect, it } from 'vitest';
import type { Opportunity, OpportunityStage } from '../schemas/index.ts';
import { buildForecast, buildTeamForecast, quartersWithDeals, type ForecastOptions } from './forecast.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12, 0); // 20 November 2026, Q4
const CUTOFF = NOW - 7 * DAY;
const IN_Q4 = Date.UTC(2026, 11, 10, 17, 0);
const IN_Q1 = Date.UTC(2027, 0, 15, 17, 0);
const PROBABILITIES: Record<OpportunityStage, number> = { qualification: 0.1, demo: 0.2, proposal: 0.5, negotiation: 0.8, closed_won: 1, closed_lost: 0 };
const OPTIONS: ForecastOptions = { quarter: '2026-Q4', timeZone: 'UTC', now: NOW, probabilities: PROBABILITIES };

let counter = 0;
/** A deal that has been in its stage, at its amount and date, since well before the cutoff. */
function deal(stage: OpportunityStage, amount: number, extra: Partial<Opportunity> = {}): Opportunity {
  counter += 1;
  const closeDate = extra.closeDate ?? IN_Q4;
  return {
    id: `opp-${counter}`,
    ownerId: 'ana',
    accountId: 'acc',
    name: `Deal ${counter}`,
    stage,
    amount,
    currency: 'EUR',
    closeDate,
    competitors: [],
    stageHistory: [{ stage, at: NOW - 30 * DAY, amount, closeDate }],
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW - 30 * DAY,
    ...extra,
  };
}

describe('categories and weights', () => {
  const deals = [
    deal('closed_won', 100),
    deal('negotiation', 1_000),
    deal('proposal', 2_000),
    deal('demo', 4_000),
    deal('qualification', 8_000),
    deal('closed_lost', 16_000),
  ];
  const { current } = buildForecast(deals, OPTIONS);

  it.each([
    ['commit', 100 + 1_000, 100 + 800],
    ['bestCase', 100 + 1_000 + 2_000, 100 + 800 + 1_000],
    ['pipeline', 100 + 1_000 + 2_000 + 4_000 + 8_000, 100 + 800 + 1_000 + 800 + 800],
  ] as const)('%s totals %i, weighted %i; lost deals left out', (category, total, weighted) => {
    expect(current[category]).toEqual({ total: { EUR: total }, weighted: { EUR: weighted } });
  });

  it('expects the won deals plus each open amount times its probability', () => {
    expect(current.won).toEqual({ EUR: 100 });
    expect(current.expected).toEqual({ EUR: 100 + 800 + 1_000 + 800 + 800 });
    expect(current.dealCount).toBe(5);
  });

  it.each([
    ['probabilities above 1 count as 1', { ...PROBABILITIES, negotiation: 7 }, 1_000],
    ['negative probabilities count as 0', { ...PROBABILITIES, negotiation: -1 }, 0],
    ['NaN counts as 0', { ...PROBABILITIES, negotiation: Number.NaN }, 0],
    ['a missing stage counts as 0', { ...PROBABILITIES, negotiation: undefined as unknown as number }, 0],
  ])('%s', (_, probabilities, negotiationWeighted) => {
    const forecast = buildForecast([deal('negotiation', 1_000)], { ...OPTIONS, probabilities });
    expect(forecast.current.commit.weighted).toEqual({ EUR: negotiationWeighted });
  });

  it('keeps currencies apart, never converting', () => {
    const forecast = buildForecast([deal('negotiation', 10), deal('negotiation', 20, { currency: 'GBP' }), deal('negotiation', 5)], OPTIONS);
    expect(forecast.current.commit.total).toEqual({ EUR: 15, GBP: 20 });
  });

  it('leaves out deals closing in another quarter and leads not yet qualified', () => {
    const forecast = buildForecast([deal('negotiation', 10, { closeDate: IN_Q1 }), deal('qualification', 30, { lead: { status: 'mql' } }), deal('qualification', 40, { lead: { status: 'sql' } })], OPTIONS);
    expect(forecast.current.pipeline.total).toEqual({ EUR: 40 });
  });

  it('is empty for no deals', () => {
    const forecast = buildForecast([], OPTIONS);
    expect(forecast.current).toEqual({ won: {}, commit: { total: {}, weighted: {} }, bestCase: { total: {}, weighted: {} }, pipeline: { total: {}, weighted: {} }, expected: {}, dealCount: 0 });
    expect(forecast.changes).toEqual([]);
    expect(forecast.cutoff).toBe(CUTOFF);
  });
});

describe('quarter boundaries in the rep’s time zone', () => {
  const lateOnMarch31 = Date.UTC(2026, 2, 31, 22, 30); // 23:30 in Lisbon, 00:30 on 1 April in Berlin
  it.each([
    ['Europe/Lisbon', '2026-Q1', 500],
    ['Europe/Lisbon', '2026-Q2', undefined],
    ['Europe/Berlin', '2026-Q2', 500],
    ['Europe/Berlin', '2026-Q1', undefined],
  ])('in %s, quarter %s holds %s', (timeZone, quarter, expected) => {
    const forecast = buildForecast([deal('negotiation', 500, { closeDate: lateOnMarch31 })], { ...OPTIONS, timeZone, quarter, now: Date.UTC(2026, 2, 1) });
    expect(forecast.current.commit.total.EUR).toBe(expected);
  });
});

describe('what changed since last week', () => {
  const at = NOW - 2 * DAY;
  const moved = deal('negotiation', 1_000, { stageHistory: [{ stage: 'proposal', at: NOW - 30 * DAY, amount: 1_000, closeDate: IN_Q4 }, { stage: 'negotiation', at, amount: 1_000, closeDate: IN_Q4 }] });
  const repriced = deal('proposal', 3_000, { stageHistory: [{ stage: 'proposal', at: NOW - 30 * DAY, amount: 2_000, closeDate: IN_Q4 }, { stage: 'proposal', at, amount: 3_000, closeDate: IN_Q4 }] });
  const slipped = deal('negotiation', 400, { closeDate: IN_Q1, stageHistory: [{ stage: 'negotiation', at: NOW - 30 * DAY, amount: 400, closeDate: IN_Q4 }, { stage: 'negotiation', at, amount: 400, closeDate: IN_Q1 }] });
  const pulledIn = deal('negotiation', 50, { stageHistory: [{ stage: 'negotiation', at: NOW - 30 * DAY, amount: 50, closeDate: IN_Q1 }, { stage: 'negotiation', at, amount: 50, closeDate: IN_Q4 }] });
  const fresh = deal('proposal', 70, { createdAt: NOW - DAY, stageHistory: [{ stage: 'proposal', at: NOW - DAY, amount: 70, closeDate: IN_Q4 }] });
  const quiet = deal('demo', 9);
  const forecast = buildForecast([moved, repriced, slipped, pulledIn, fresh, quiet], OPTIONS);
  const changeOf = (id: string) => forecast.changes.find((change) => change.id === id);

  it.each([
    ['a stage move', moved.id, { isNew: false, stage: { from: 'proposal', to: 'negotiation' }, amount: null, closeDate: null, changedAt: at }],
    ['an amount change', repriced.id, { stage: null, amount: { from: 2_000, to: 3_000 }, closeDate: null }],
    ['a close date moved out of the quarter', slipped.id, { closeDate: { from: IN_Q4, to: IN_Q1, movedIn: false, movedOut: true } }],
    ['a close date moved into the quarter', pulledIn.id, { closeDate: { from: IN_Q1, to: IN_Q4, movedIn: true, movedOut: false } }],
    ['a new deal', fresh.id, { isNew: true, stage: null, changedAt: NOW - DAY }],
  ])('lists %s', (_, id, expected) => {
    expect(changeOf(id)).toMatchObject(expected);
  });

  it('lists nothing for a deal that did not change, latest change first', () => {
    expect(changeOf(quiet.id)).toBeUndefined();
    expect(forecast.changes.map((change) => change.id).at(0)).toBe(fresh.id);
  });

  it.each([
    // last week: commit = slipped 400; now: moved 1,000 + pulledIn 50
    ['commit', { EUR: 1_000 + 50 - 400 }],
    // last week: + moved 1,000 (proposal) + repriced 2,000; now: + repriced 3,000 + fresh 70
    ['bestCase', { EUR: 1_000 + 50 + 3_000 + 70 - (400 + 1_000 + 2_000) }],
  ] as const)('gives the change of %s', (category, delta) => {
    expect(forecast.change[category].total).toEqual(delta);
  });

  it.each([
    ['entries without amount or close date (older history): today’s values', [{ stage: 'negotiation' as const, at: NOW - 30 * DAY }], null],
    ['no history at all: nothing to compare', [], null],
    ['history entries all after the cutoff for a deal created before it: today’s stage is kept', [{ stage: 'negotiation' as const, at: NOW - DAY }], null],
  ])('%s', (_, stageHistory, expected) => {
    const old = deal('negotiation', 10, { stageHistory });
    expect(buildForecast([old], OPTIONS).changes.find((change) => change.id === old.id) ?? null).toEqual(expected);
  });

  it('reads the state at the cutoff from the last entry at or before it, even out of order', () => {
    const shuffled = deal('negotiation', 10, {
      stageHistory: [
        { stage: 'negotiation', at: NOW - DAY, amount: 10, closeDate: IN_Q4 },
        { stage: 'demo', at: CUTOFF, amount: 10, closeDate: IN_Q4 },
        { stage: 'qualification', at: NOW - 60 * DAY, amount: 10, closeDate: IN_Q4 },
      ],
    });
    expect(buildForecast([shuffled], OPTIONS).changes[0]?.stage).toEqual({ from: 'demo', to: 'negotiation' });
  });

  it('lists a deal lost this week, and drops it from the totals', () => {
    const lost = deal('closed_lost', 600, { stageHistory: [{ stage: 'proposal', at: NOW - 20 * DAY, amount: 600, closeDate: IN_Q4 }, { stage: 'closed_lost', at: NOW - DAY, amount: 600, closeDate: IN_Q4 }] });
    const result = buildForecast([lost], OPTIONS);
    expect(result.changes[0]?.stage).toEqual({ from: 'proposal', to: 'closed_lost' });
    expect(result.change.pipeline.total).toEqual({ EUR: -600 });
  });
});

describe('hostile and unreadable input', () => {
  it.each([
    ['a NaN amount', { amount: Number.NaN }],
    ['a negative amount', { amount: -5 }],
    ['an infinite amount', { amount: Number.POSITIVE_INFINITY }],
    ['a string amount', { amount: '100' as unknown as number }],
    ['a NaN close date', { closeDate: Number.NaN }],
    ['a currency that is not a code', { currency: '__proto__' }],
    ['an unknown stage', { stage: 'won' as OpportunityStage }],
  ])('skips a deal with %s and counts it', (_, extra) => {
    const forecast = buildForecast([deal('negotiation', 1_000, extra), deal('negotiation', 1)], OPTIONS);
    expect(forecast.skipped).toBe(1);
    expect(forecast.current.commit.total).toEqual({ EUR: 1 });
    expect(Object.getPrototypeOf(forecast.current.commit.total)).toBe(Object.prototype);
  });

  it('ignores history entries with unreadable values, using today’s', () => {
    const odd = deal('negotiation', 10, { stageHistory: [{ stage: 'proposal', at: Number.NaN }, { stage: 'demo', at: NOW - 20 * DAY, amount: -3, closeDate: Number.NaN }] });
    const [change] = buildForecast([odd], OPTIONS).changes;
    expect(change).toMatchObject({ stage: { from: 'demo', to: 'negotiation' }, amount: null, closeDate: null });
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Nowhere/Else' }],
    ['a malformed quarter', { quarter: '2026Q4' }],
    ['no current time', { now: Number.NaN }],
  ])('refuses %s', (_, extra) => {
    expect(() => buildForecast([], { ...OPTIONS, ...extra })).toThrow(RangeError);
  });
});

describe('team', () => {
  const deals = [
    deal('negotiation', 100, { ownerId: 'ben' }),
    deal('proposal', 200, { ownerId: 'ana' }),
    deal('negotiation', 300, { ownerId: 'ana', currency: 'GBP' }),
    deal('closed_won', 400, { ownerId: 'ben', stageHistory: [{ stage: 'negotiation', at: NOW - 20 * DAY, amount: 400, closeDate: IN_Q4 }, { stage: 'closed_won', at: NOW - DAY, amount: 400, closeDate: IN_Q4 }] }),
  ];
  const { reps, team } = buildTeamForecast(deals, OPTIONS);

  it('gives one forecast per rep and the team’s as their sum', () => {
    expect(reps.map((rep) => rep.ownerId)).toEqual(['ana', 'ben']);
    expect(reps[0]?.forecast.current.bestCase.total).toEqual({ EUR: 200, GBP: 300 });
    expect(reps[1]?.forecast.current.commit.total).toEqual({ EUR: 500 });
    expect(team.current.bestCase.total).toEqual({ EUR: 700, GBP: 300 });
    expect(team.changes.map((change) => change.stage)).toEqual([{ from: 'negotiation', to: 'closed_won' }]);
  });

  it('is empty with no deals', () => {
    expect(buildTeamForecast([], OPTIONS).reps).toEqual([]);
  });
});

describe('quartersWithDeals', () => {
  it('lists each quarter once, in order, in the rep’s time zone, skipping unreadable dates', () => {
    const closeDates = [IN_Q1, IN_Q4, IN_Q4, Number.NaN, Date.UTC(2026, 2, 31, 22, 30)];
    expect(quartersWithDeals(closeDates.map((closeDate) => ({ closeDate })), 'Europe/Berlin')).toEqual(['2026-Q2', '2026-Q4', '2027-Q1']);
  });
});
