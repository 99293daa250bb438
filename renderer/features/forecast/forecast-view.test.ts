import { describe, expect, it } from 'vitest';
import { buildForecast, type DealChange } from '../../../shared/domain/forecast.ts';
import type { Opportunity } from '../../../shared/schemas/index.ts';
import { categoryBars, categorySummary, currenciesOf, describeDealChange, figureRows, formatChange, quarterChoices, repBars, repSummary } from './forecast-view.ts';

const NOW = Date.UTC(2026, 10, 20, 12);
const isoDate = (at: number) => new Date(at).toISOString().slice(0, 10);

describe('quarterChoices', () => {
  it('offers last, this and next quarter plus every quarter with deals, in order', () => {
    const deals = [{ closeDate: Date.UTC(2025, 1, 1) }, { closeDate: Date.UTC(2026, 11, 1) }, { closeDate: Number.NaN }];
    expect(quarterChoices(deals, NOW, 'UTC')).toEqual([
      { id: '2025-Q1', label: 'Q1 2025' },
      { id: '2026-Q3', label: 'Q3 2026 (last quarter)' },
      { id: '2026-Q4', label: 'Q4 2026 (this quarter)' },
      { id: '2027-Q1', label: 'Q1 2027 (next quarter)' },
    ]);
  });

  it('offers nothing when the clock is unreadable', () => {
    expect(quarterChoices([], Number.NaN, 'UTC')).toEqual([]);
  });
});

describe('formatChange', () => {
  it.each([
    [{}, 'no change'],
    [{ EUR: 0.2 }, 'no change'],
    [{ EUR: 1_050 }, '+€1,050'],
    [{ EUR: -400, GBP: 2_000 }, '+£2,000, −€400'],
  ])('%j reads %s', (totals, expected) => {
    expect(formatChange(totals, 'en-GB')).toBe(expected);
  });
});

describe('describeDealChange', () => {
  const base: DealChange = { id: 'o', name: 'Deal', ownerId: 'ana', accountId: 'a', currency: 'EUR', isNew: false, stage: null, amount: null, closeDate: null, changedAt: 1 };
  it.each([
    ['a new deal', { isNew: true }, 'New deal'],
    ['a stage move', { stage: { from: 'proposal', to: 'negotiation' } }, 'Proposal → Negotiation'],
    ['an amount change', { amount: { from: 150_000, to: 168_000 } }, '€150,000 → €168,000'],
    ['a close date moved into the quarter', { closeDate: { from: Date.UTC(2027, 0, 8), to: Date.UTC(2026, 11, 11), movedIn: true, movedOut: false } }, 'close date 2027-01-08 → 2026-12-11 (into Q4 2026)'],
    ['a close date moved out', { closeDate: { from: Date.UTC(2026, 11, 11), to: Date.UTC(2027, 0, 8), movedIn: false, movedOut: true } }, 'close date 2026-12-11 → 2027-01-08 (out of Q4 2026)'],
    ['a stage move and a new amount', { stage: { from: 'demo', to: 'proposal' }, amount: { from: 1, to: 2 } }, 'Demo → Proposal; €1 → €2'],
  ] as const)('describes %s', (_, extra, expected) => {
    expect(describeDealChange({ ...base, ...extra }, '2026-Q4', isoDate, 'en-GB')).toBe(expected);
  });
});

describe('rows and chart data', () => {
  const deal = (id: string, stage: Opportunity['stage'], amount: number, currency: string, ownerId = 'ana'): Opportunity => ({
    id, ownerId, accountId: 'a', name: id, stage, amount, currency, closeDate: Date.UTC(2026, 11, 1), competitors: [],
    stageHistory: [], createdAt: 0, updatedAt: 0,
  });
  const probabilities = { qualification: 0.1, demo: 0.2, proposal: 0.5, negotiation: 0.8, closed_won: 1, closed_lost: 0 };
  const forecast = buildForecast([deal('w', 'closed_won', 100, 'EUR'), deal('n', 'negotiation', 1_000, 'EUR'), deal('p', 'proposal', 500, 'GBP')], { quarter: '2026-Q4', timeZone: 'UTC', now: NOW, probabilities });

  it('lays out won, the categories and the expected close', () => {
    const rows = figureRows(forecast.current, forecast.change, 'en-GB');
    expect(rows.map((row) => [row.label, row.total, row.weighted])).toEqual([
      ['Won', '€100', '€100'],
      ['Commit', '€1,100', '€900'],
      ['Best case', '€1,100 + £500', '€900 + £250'],
      ['Pipeline', '€1,100 + £500', '€900 + £250'],
      ['Expected close', '€900 + £250', '€900 + £250'],
    ]);
    expect(rows[1]?.change).toBe('no change');
  });

  it('charts each currency on its own, largest first, and says it in words', () => {
    expect(currenciesOf([forecast.current])).toEqual(['EUR', 'GBP']);
    expect(categoryBars(forecast.current, 'GBP')).toEqual([
      { category: 'Commit', total: 0, weighted: 0 },
      { category: 'Best case', total: 500, weighted: 250 },
      { category: 'Pipeline', total: 500, weighted: 250 },
    ]);
    expect(categorySummary(forecast.current, 'GBP', 'en-GB')).toBe('Commit £0 (weighted £0); Best case £500 (weighted £250); Pipeline £500 (weighted £250)');
    const bars = repBars([{ name: 'Ana', figures: forecast.current }], 'EUR');
    expect(bars).toEqual([{ rep: 'Ana', commit: 1_100, bestCase: 1_100, pipeline: 1_100 }]);
    expect(repSummary(bars, 'EUR', 'en-GB')).toBe('Ana: commit €1,100, best case €1,100, pipeline €1,100');
  });
});
