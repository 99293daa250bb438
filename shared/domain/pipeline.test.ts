import { describe, expect, it } from 'vitest';
import type { Opportunity, OpportunityStage } from '../schemas/index.ts';
import {
  LeadDecisionError,
  buildPipelineBoard,
  disqualifyLead,
  enteredCurrentStageAt,
  formatTotals,
  moveToStage,
  qualifyLead,
  recordChange,
} from './pipeline.ts';

let counter = 0;
function deal(stage: OpportunityStage, amount: number, extra: Partial<Opportunity> = {}): Opportunity {
  counter += 1;
  return {
    id: `opp-${counter}`,
    ownerId: 'rep',
    accountId: 'acc',
    name: `Deal ${counter}`,
    stage,
    amount,
    currency: 'EUR',
    closeDate: 1_000 + counter,
    competitors: [],
    stageHistory: [{ stage, at: 10 }],
    createdAt: 10,
    updatedAt: 10,
    ...extra,
  };
}

describe('moveToStage', () => {
  it('records the move in the history and stamps the time', () => {
    const moved = moveToStage(deal('demo', 100), 'proposal', 500);
    expect(moved.stage).toBe('proposal');
    expect(moved.stageHistory).toEqual([
      { stage: 'demo', at: 10 },
      { stage: 'proposal', at: 500, amount: 100, closeDate: moved.closeDate },
    ]);
    expect(moved.updatedAt).toBe(500);
  });

  it('keeps moves backwards too (a deal can fall back to Demo)', () => {
    const back = moveToStage(moveToStage(deal('demo', 1), 'proposal', 20), 'demo', 30);
    expect(back.stageHistory.map((entry) => entry.stage)).toEqual(['demo', 'proposal', 'demo']);
    expect(enteredCurrentStageAt(back)).toBe(30);
  });

  it('changes nothing when the deal is already in that stage', () => {
    const opportunity = deal('demo', 1);
    expect(moveToStage(opportunity, 'demo', 99)).toBe(opportunity);
  });

  it('keeps the history within the schema limit, dropping the oldest', () => {
    const long = deal('demo', 1, {
      stageHistory: Array.from({ length: 1_000 }, (_, i) => ({ stage: i % 2 ? 'demo' : 'proposal', at: i }) as const),
    });
    const moved = moveToStage(long, 'negotiation', 5_000);
    expect(moved.stageHistory).toHaveLength(1_000);
    expect(moved.stageHistory.at(-1)).toEqual({ stage: 'negotiation', at: 5_000, amount: 1, closeDate: long.closeDate });
    expect(moved.stageHistory[0]?.at).toBe(1);
  });
});

describe('recordChange', () => {
  const before = deal('proposal', 1_000, { closeDate: 7_000 });

  it.each([
    ['the stage', { stage: 'negotiation' }, { stage: 'negotiation', amount: 1_000, closeDate: 7_000 }],
    ['the amount', { amount: 1_250 }, { stage: 'proposal', amount: 1_250, closeDate: 7_000 }],
    ['the close date', { closeDate: 9_000 }, { stage: 'proposal', amount: 1_000, closeDate: 9_000 }],
    ['all three at once (one entry)', { stage: 'demo', amount: 0, closeDate: 1 }, { stage: 'demo', amount: 0, closeDate: 1 }],
  ] as const)('appends one entry with the values after a change of %s', (_, change, entry) => {
    const after = recordChange(before, { ...before, ...change }, 800);
    expect(after.stageHistory).toEqual([...before.stageHistory, { ...entry, at: 800 }]);
    expect(after.updatedAt).toBe(800);
  });

  it('records nothing when only other fields changed', () => {
    const renamed = { ...before, name: 'Renamed', competitors: ['Quantrel'] };
    expect(recordChange(before, renamed, 800)).toBe(renamed);
  });

  it('keeps the history within the schema limit', () => {
    const long = deal('demo', 1, { stageHistory: Array.from({ length: 1_000 }, (_, i) => ({ stage: 'demo', at: i }) as const) });
    const changed = recordChange(long, { ...long, amount: 2 }, 5_000);
    expect(changed.stageHistory).toHaveLength(1_000);
    expect(changed.stageHistory.at(-1)).toMatchObject({ amount: 2, at: 5_000 });
  });
});

describe('leads', () => {
  const lead = deal('qualification', 30_000, { lead: { status: 'mql', reason: 'Webinar' } });

  it('qualifying keeps the stage and marks the lead SQL', () => {
    const qualified = qualifyLead(lead, 50);
    expect(qualified.lead).toEqual({ status: 'sql', reason: 'Webinar' });
    expect(qualified.stage).toBe('qualification');
  });

  it('disqualifying needs a reason and closes the deal as lost', () => {
    const out = disqualifyLead(lead, '  No budget this year ', 60);
    expect(out.lead).toEqual({ status: 'disqualified', reason: 'No budget this year' });
    expect(out.stage).toBe('closed_lost');
    expect(out.stageHistory.at(-1)).toEqual({ stage: 'closed_lost', at: 60, amount: 30_000, closeDate: lead.closeDate });
  });

  it.each([
    ['an empty reason', () => disqualifyLead(lead, '   ', 1)],
    ['a reason over 2,000 characters', () => disqualifyLead(lead, 'x'.repeat(2_001), 1)],
    ['qualifying a deal that is not a lead', () => qualifyLead(deal('demo', 1), 1)],
    ['disqualifying a lead already qualified', () => disqualifyLead(qualifyLead(lead, 1), 'late', 2)],
  ])('refuses %s', (_, act) => {
    expect(act).toThrow(LeadDecisionError);
  });
});

describe('buildPipelineBoard', () => {
  it('counts and totals each stage, per currency, in stage order', () => {
    const board = buildPipelineBoard([
      deal('demo', 100),
      deal('demo', 50, { currency: 'GBP' }),
      deal('proposal', 200),
      deal('closed_won', 1_000),
      deal('closed_lost', 7),
    ]);
    expect(board.columns.map((c) => [c.stage, c.count, c.totals])).toEqual([
      ['qualification', 0, {}],
      ['demo', 2, { EUR: 100, GBP: 50 }],
      ['proposal', 1, { EUR: 200 }],
      ['negotiation', 0, {}],
      ['closed_won', 1, { EUR: 1_000 }],
      ['closed_lost', 1, { EUR: 7 }],
    ]);
    expect(board.open).toEqual({ count: 3, totals: { EUR: 300, GBP: 50 } });
  });

  it('moves the totals when a deal moves from Demo to Proposal', () => {
    const moving = deal('demo', 120);
    const other = deal('proposal', 80);
    const before = buildPipelineBoard([moving, other]);
    const after = buildPipelineBoard([moveToStage(moving, 'proposal', 2), other]);
    const totals = (board: typeof before, stage: OpportunityStage) => board.columns.find((c) => c.stage === stage)?.totals;
    expect([totals(before, 'demo'), totals(before, 'proposal')]).toEqual([{ EUR: 120 }, { EUR: 80 }]);
    expect([totals(after, 'demo'), totals(after, 'proposal')]).toEqual([{}, { EUR: 200 }]);
    expect(after.open).toEqual(before.open);
  });

  it('leaves unqualified leads out until the rep qualifies them', () => {
    const lead = deal('qualification', 30, { lead: { status: 'mql' } });
    expect(buildPipelineBoard([lead]).open.count).toBe(0);
    expect(buildPipelineBoard([qualifyLead(lead, 1)]).open).toEqual({ count: 1, totals: { EUR: 30 } });
  });

  it('lists each column soonest close date first', () => {
    const late = deal('demo', 1, { closeDate: 9_000 });
    const soon = deal('demo', 1, { closeDate: 2_000 });
    expect(buildPipelineBoard([late, soon]).columns[1]?.opportunities.map((o) => o.id)).toEqual([soon.id, late.id]);
  });
});

describe('formatTotals', () => {
  it.each([
    [{}, '0'],
    [{ EUR: 184_000 }, '€184,000'],
    [{ GBP: 62_000, EUR: 184_000 }, '€184,000 + £62,000'],
    [{ EUR: 0, CHF: 30_000 }, 'CHF 30,000'],
  ])('%j → %s', (totals, text) => {
    expect(formatTotals(totals, 'en-GB').replace(/\u00a0/g, ' ')).toBe(text);
  });
});
