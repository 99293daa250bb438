import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STAGE_PROBABILITIES,
  mergeStageProbabilities,
  parseStageProbabilityPairs,
  validateStageProbabilities,
} from './stage-probabilities.ts';

describe('DEFAULT_STAGE_PROBABILITIES', () => {
  it('gives every stage, in order, its agreed default', () => {
    const agreed = [['qualification', 0.1], ['demo', 0.25], ['proposal', 0.5], ['negotiation', 0.75], ['closed_won', 1], ['closed_lost', 0]];
    expect(Object.entries(DEFAULT_STAGE_PROBABILITIES)).toEqual(agreed);
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_STAGE_PROBABILITIES)).toBe(true);
  });
});

describe('parseStageProbabilityPairs', () => {
  it.each([
    [['qualification=0.1'], { qualification: 0.1 }],
    [['demo=0.3', 'proposal=.55'], { demo: 0.3, proposal: 0.55 }],
    [['closed_won=1', 'closed_lost=0'], { closed_won: 1, closed_lost: 0 }],
    [[' negotiation = 0.8 '], { negotiation: 0.8 }],
    [['demo=1.0'], { demo: 1 }],
  ])('reads %j', (pairs, expected) => {
    expect(parseStageProbabilityPairs(pairs)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [[], /at least one stage=value/],
    [['demo'], /"demo" is not stage=value/],
    [['won=0.5'], /unknown stage "won"/],
    [['Demo=0.5'], /unknown stage "Demo"/],
    [['__proto__=0.5'], /unknown stage "__proto__"/],
    [['constructor=0.5'], /unknown stage "constructor"/],
    [['demo=1.5'], /demo: 1.5 is not between 0 and 1/],
    [['demo=-0.1'], /demo: "-0.1" is not a number/],
    [['demo=25%'], /demo: "25%" is not a number/],
    [['demo=1e-1'], /demo: "1e-1" is not a number/],
    [['demo=0x1'], /demo: "0x1" is not a number/],
    [['demo='], /demo: "" is not a number/],
    [['demo=NaN'], /demo: "NaN" is not a number/],
    [['demo=Infinity'], /demo: "Infinity" is not a number/],
    [['demo=0.2', 'demo=0.3'], /demo is named twice/],
    [[`${'x'.repeat(5000)}=0.1`], /unknown stage "x{40}…"/],
  ])('refuses %j with a clear message', (pairs, message) => {
    const result = parseStageProbabilityPairs(pairs);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });

  it('lists every problem at once', () => {
    const result = parseStageProbabilityPairs(['demo=2', 'won=0.1', 'proposal=0.5']);
    expect(result).toEqual({ ok: false, errors: [expect.stringContaining('demo'), expect.stringContaining('won')] });
  });
});

describe('validateStageProbabilities', () => {
  const full = { ...DEFAULT_STAGE_PROBABILITIES };

  it.each([
    [{ demo: 0.3 }, true, { demo: 0.3 }],
    [{}, true, {}],
    [full, false, full],
  ])('accepts %j (partial: %s)', (input, isPartial, expected) => {
    expect(validateStageProbabilities(input, { isPartial })).toEqual({ ok: true, value: expected });
  });

  it.each([
    [null, true, /must be an object/],
    [[0.1, 0.2], true, /must be an object/],
    ['demo=0.3', true, /must be an object/],
    [{ demo: '0.3' }, true, /demo: the probability must be a number/],
    [{ demo: null }, true, /demo: the probability must be a number/],
    [{ demo: 1.01 }, true, /demo: 1.01 is not between 0 and 1/],
    [{ demo: -1 }, true, /demo: -1 is not between 0 and 1/],
    [{ forecast: 0.5 }, true, /unknown stage "forecast"/],
    [JSON.parse('{"__proto__": 0.5}') as unknown, true, /unknown stage "__proto__"/],
    [{ demo: 0.3 }, false, /missing stages: qualification, proposal, negotiation, closed_won, closed_lost/],
  ])('refuses %j (partial: %s)', (input, isPartial, message) => {
    const result = validateStageProbabilities(input, { isPartial });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });
});

describe('mergeStageProbabilities', () => {
  it('replaces only the named stages and keeps the stages in order', () => {
    const merged = mergeStageProbabilities(DEFAULT_STAGE_PROBABILITIES, { demo: 0.3, closed_lost: 0 });
    expect(merged).toEqual({ ...DEFAULT_STAGE_PROBABILITIES, demo: 0.3 });
    expect(Object.keys(merged)).toEqual(['qualification', 'demo', 'proposal', 'negotiation', 'closed_won', 'closed_lost']);
  });
});
