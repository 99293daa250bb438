import { describe, expect, it } from 'vitest';
import type { ItemReadiness } from '../../../shared/domain/readiness.ts';
import { checkPath, dueLabel, itemStateLabel, kitPath, percent, progressLabel } from './readiness-labels.ts';

const AT = Date.UTC(2026, 10, 20, 12);

function item(kind: ItemReadiness['kind'], lastAt: number | null): ItemReadiness {
  return { id: 'x', kind, title: kind === 'missing' ? null : 'X', doneAt: lastAt, lastAt };
}

describe('readiness labels', () => {
  it.each([
    { kind: 'battle_card', lastAt: null, expected: /^Not reviewed yet$/ },
    { kind: 'collateral', lastAt: null, expected: /^Not opened yet$/ },
    { kind: 'demo_script', lastAt: null, expected: /^Not rehearsed yet$/ },
    { kind: 'missing', lastAt: null, expected: /^Not on this laptop yet$/ },
    { kind: 'battle_card', lastAt: AT, expected: /^Reviewed .*2026/ },
    { kind: 'collateral', lastAt: AT, expected: /^Opened .*2026/ },
    { kind: 'demo_script', lastAt: AT, expected: /^Rehearsed .*2026/ },
  ] as const)('$kind done at $lastAt', ({ kind, lastAt, expected }) => {
    expect(itemStateLabel(item(kind, lastAt))).toMatch(expected);
  });

  it.each([
    { state: { done: 2, total: 5, isComplete: false, completedAt: null }, expected: /^2 of 5 done$/ },
    { state: { done: 5, total: 5, isComplete: true, completedAt: AT }, expected: /^Complete since .*2026/ },
    { state: { done: 0, total: 0, isComplete: true, completedAt: null }, expected: /^Complete$/ },
  ])('progress $expected', ({ state, expected }) => {
    expect(progressLabel(state)).toMatch(expected);
  });

  it('says overdue plainly, and rounds shares to whole percents', () => {
    expect(dueLabel({ dueDate: AT }, true)).toMatch(/^Overdue: was due .*2026/);
    expect(dueLabel({ dueDate: AT }, false)).toMatch(/^Due .*2026/);
    expect([percent(0.8), percent(2 / 3), percent(0)]).toEqual(['80%', '67%', '0%']);
  });

  it('escapes kit ids in paths', () => {
    expect(kitPath('kit a/b')).toBe('/readiness/kit%20a%2Fb');
    expect(checkPath('k')).toBe('/readiness/k/check');
  });
});
