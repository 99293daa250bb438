import { describe, expect, it } from 'vitest';
import type { StageHistoryEntry } from '../../../shared/domain/pipeline.ts';
import { historyLines } from './stage-history.ts';

const day = (n: number) => Date.UTC(2026, 10, n, 17);
const isoDate = (at: number) => new Date(at).toISOString().slice(0, 10);

describe('historyLines', () => {
  it.each<[string, StageHistoryEntry[], string[]]>([
    ['no history', [], []],
    ['the opening stage', [{ stage: 'demo', at: 1, amount: 10, closeDate: day(20) }], ['Demo']],
    ['a stage move', [{ stage: 'demo', at: 1, amount: 10, closeDate: day(20) }, { stage: 'proposal', at: 2, amount: 10, closeDate: day(20) }], ['Proposal', 'Demo']],
    ['an amount change alone', [{ stage: 'demo', at: 1, amount: 10, closeDate: day(20) }, { stage: 'demo', at: 2, amount: 12, closeDate: day(20) }], ['amount €10 → €12', 'Demo']],
    ['a close date moved with the stage', [{ stage: 'demo', at: 1, amount: 10, closeDate: day(20) }, { stage: 'negotiation', at: 2, amount: 10, closeDate: day(25) }], ['Negotiation; close date 2026-11-20 → 2026-11-25', 'Demo']],
    ['old entries without amounts or dates', [{ stage: 'demo', at: 1 }, { stage: 'demo', at: 2, amount: 5, closeDate: day(3) }], ['Demo', 'Demo']],
  ])('%s', (_, history, expected) => {
    expect(historyLines(history, 'EUR', isoDate, 'en-GB').map((line) => line.text)).toEqual(expected);
  });

  it('lists the newest first, with each entry’s time', () => {
    const lines = historyLines([{ stage: 'demo', at: 1 }, { stage: 'proposal', at: 2 }], 'EUR', isoDate);
    expect(lines.map((line) => line.at)).toEqual([2, 1]);
  });
});
