import { describe, expect, it } from 'vitest';
import type { ItemReadiness } from '../../../shared/domain/readiness.ts';
import { checkPath, dueLabel, itemStateLabel, kitPath, needsAnotherLook, percent, progressLabel } from './readiness-labels.ts';

const AT = Date.UTC(2026, 10, 20, 12);

function item(kind: ItemReadiness['kind'], lastAt: number | null, outdated: ItemReadiness['outdated'] = null): ItemReadiness {
  return { id: 'x', kind, title: kind === 'missing' ? null : 'X', version: kind === 'missing' ? null : 5, doneAt: lastAt, lastAt, outdated };
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
    { kind: 'battle_card', outdated: { at: AT, version: 3 }, expected: /^Reviewed v3 — the card changed since \(now v5\): review again$/ },
    { kind: 'collateral', outdated: { at: AT, version: 1 }, expected: /^Opened v1 — the file changed since \(now v5\): open it again$/ },
    { kind: 'demo_script', outdated: { at: AT, version: 4 }, expected: /^Rehearsed v4 — the script changed since \(now v5\): rehearse again$/ },
    { kind: 'battle_card', outdated: { at: AT, version: null }, expected: /^Reviewed .*2026 — the card changed since \(now v5\): review again$/ },
  ] as const)('$kind done on an older version ($outdated.version)', ({ kind, outdated, expected }) => {
    const stale = item(kind, null, outdated);
    expect(itemStateLabel(stale)).toMatch(expected);
    expect(needsAnotherLook(stale)).toBe(true);
  });

  it('needs no other look for an item done on its current version, or never done', () => {
    expect(needsAnotherLook(item('battle_card', AT))).toBe(false);
    expect(needsAnotherLook(item('battle_card', null))).toBe(false);
    expect(needsAnotherLook(item('missing', null))).toBe(false);
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
