import { describe, expect, it } from 'vitest';
import { isDeepEqual, mergeById, mergeRecord, mergeSet } from './record-merge.ts';

type Row = Record<string, unknown>;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

describe('isDeepEqual', () => {
  it.each<[unknown, unknown, boolean]>([
    [1, 1, true],
    [0, -0, true],
    [Number.NaN, Number.NaN, true],
    ['1', 1, false],
    [null, undefined, false],
    [null, {}, false],
    [[1, [2, { a: 3 }]], [1, [2, { a: 3 }]], true],
    [[1, 2], [2, 1], false],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ 0: 'a', length: 1 }, ['a'], false],
    [{}, [], false],
  ])('%j vs %j → %s', (x, y, isEqual) => {
    expect(isDeepEqual(x, y)).toBe(isEqual);
    expect(isDeepEqual(y, x)).toBe(isEqual);
  });
});

describe('mergeRecord', () => {
  it.each<[string, Row | null, Row, Row, Row, string[]]>([
    ['edits to different fields', { a: 1, b: 1 }, { a: 2, b: 1 }, { a: 1, b: 3 }, { a: 2, b: 3 }, []],
    ['the same change on both', { a: 1 }, { a: 2 }, { a: 2 }, { a: 2 }, []],
    ['different changes: theirs wins, listed', { a: 1 }, { a: 2 }, { a: 3 }, { a: 3 }, ['a']],
    ['a link set offline', { accountId: null }, { accountId: 'acc-1' }, { accountId: null }, { accountId: 'acc-1' }, []],
    ['a link cleared on the server', { accountId: 'acc-1' }, { accountId: 'acc-1' }, { accountId: null }, { accountId: null }, []],
    ['nested values compare deeply', { m: { x: 1 } }, { m: { x: 1 } }, { m: { x: 2 } }, { m: { x: 2 } }, []],
    ['a field added by ours', {}, { k: 'v' }, {}, { k: 'v' }, []],
    ['a field removed by theirs', { k: 1 }, { k: 1 }, {}, {}, []],
    ['removed by theirs, changed by ours', { k: 1 }, { k: 2 }, {}, {}, ['k']],
    ['no base, equal values', null, { a: 1 }, { a: 1 }, { a: 1 }, []],
    ['no base, different values: theirs', null, { a: 1, b: 2 }, { a: 1, b: 3 }, { a: 1, b: 3 }, ['b']],
    ['NaN is unchanged', { n: Number.NaN }, { n: Number.NaN }, { n: 4 }, { n: 4 }, []],
  ])('%s', (_name, base, ours, theirs, merged, conflictingFields) => {
    expect(mergeRecord(base, ours, theirs)).toEqual({ merged, conflictingFields });
  });

  it('takes ignored fields from theirs without comparing or listing them', () => {
    const result = mergeRecord({ a: 1, body: 'b' }, { a: 2, body: 'ours' }, { a: 3, body: 'theirs' }, { ignore: ['body'] });
    expect(result).toEqual({ merged: { a: 3, body: 'theirs' }, conflictingFields: ['a'] });
  });

  it('treats a hostile "__proto__" key as data, never as the prototype', () => {
    const ours = JSON.parse('{"__proto__": {"isAdmin": true}, "a": 1}') as Row;
    const theirs = JSON.parse('{"a": 2}') as Row;
    const { merged } = mergeRecord({ a: 1 }, ours, theirs);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(Object.keys(merged)).toEqual(['__proto__', 'a']);
    expect(({} as Row)['isAdmin']).toBeUndefined();
  });

  it('reads only own properties, so "constructor" and "toString" keys are plain fields', () => {
    const { merged, conflictingFields } = mergeRecord<Row>({}, { constructor: 'x', toString: 'y' }, {});
    expect(merged).toEqual({ constructor: 'x', toString: 'y' });
    expect(conflictingFields).toEqual([]);
  });

  it('never mutates frozen inputs and never shares objects with them', () => {
    const base = deepFreeze({ m: { x: 1 }, list: [1] });
    const ours = deepFreeze({ m: { x: 1 }, list: [1, 2] });
    const theirs = deepFreeze({ m: { x: 2 }, list: [1] });
    const { merged } = mergeRecord(base, ours, theirs);
    expect(merged).toEqual({ m: { x: 2 }, list: [1, 2] });
    expect(merged.m).not.toBe(theirs.m);
    merged.list.push(3);
    expect(ours.list).toEqual([1, 2]);
  });
});

describe('mergeSet', () => {
  it.each<[string, string[], string[], string[], string[]]>([
    ['ours adds, theirs removes', ['renewal', 'q3'], ['renewal', 'q3', 'pricing'], ['q3'], ['q3', 'pricing']],
    ['both add the same label', ['a'], ['a', 'x'], ['x', 'a'], ['a', 'x']],
    ['both remove the same label', ['a', 'b'], ['b'], ['b'], ['b']],
    ['one removes, the other re-adds nothing', ['a', 'b'], ['a'], ['a', 'b', 'c'], ['a', 'c']],
    ['ours unchanged: theirs exactly', ['a', 'b'], ['a', 'b'], ['b', 'a', 'c'], ['b', 'a', 'c']],
    ['theirs unchanged: ours exactly', ['a', 'b'], ['b', 'a', 'a'], ['a', 'b'], ['b', 'a', 'a']],
    ["ours' order, then theirs' additions", ['m'], ['z', 'm', 'a'], ['m', 'q', 'b'], ['z', 'm', 'a', 'q', 'b']],
    ['no base: the union', [], ['a', 'b'], ['b', 'c'], ['a', 'b', 'c']],
    ['duplicates collapse in a real merge', ['a'], ['a', 'x', 'x'], ['a', 'y', 'y'], ['a', 'x', 'y']],
    ['hostile labels are data', [], ['__proto__', 'constructor'], ['toString'], ['__proto__', 'constructor', 'toString']],
  ])('%s', (_name, base, ours, theirs, merged) => {
    expect(mergeSet(deepFreeze(base), deepFreeze(ours), deepFreeze(theirs))).toEqual(merged);
  });
});

describe('mergeById', () => {
  type Step = { id: string; text: string; done: boolean };
  const step = (id: string, text = id, done = false): Step => ({ id, text, done });
  const byField = (base: Step | null, ours: Step, theirs: Step): Step => mergeRecord(base, ours, theirs).merged;

  it.each<[string, Step[], Step[], Step[], Step[]]>([
    ['added on either side', [step('a')], [step('a'), step('o')], [step('t'), step('a')], [step('a'), step('o'), step('t')]],
    ['deleted by ours, untouched by theirs', [step('a'), step('b')], [step('b')], [step('a'), step('b')], [step('b')]],
    ['deleted by theirs, untouched by ours', [step('a'), step('b')], [step('a'), step('b')], [step('a')], [step('a')]],
    ['deleted by ours, edited by theirs', [step('a')], [], [step('a', 'new text')], [step('a', 'new text')]],
    ['deleted by theirs, edited by ours', [step('a')], [step('a', 'a', true)], [], [step('a', 'a', true)]],
    ['done on one side, text edited on the other', [step('a')], [step('a', 'a', true)], [step('a', 'call CFO')], [step('a', 'call CFO', true)]],
    ['the same text typed on both', [step('a')], [step('a', 'x')], [step('a', 'x')], [step('a', 'x')]],
    ['added on both with one id: no base, so theirs', [], [step('a', 'x', true)], [step('a', 'y')], [step('a', 'y')]],
    ['a repeated id keeps its first item', [], [step('a', 'first'), step('a', 'second')], [], [step('a', 'first')]],
  ])('%s', (_name, base, ours, theirs, merged) => {
    expect(mergeById(deepFreeze(base), deepFreeze(ours), deepFreeze(theirs), byField)).toEqual(merged);
  });

  it('calls mergeItem only for items both sides edited differently, with the base item', () => {
    const calls: [Step | null, Step, Step][] = [];
    const recordCall = (base: Step | null, ours: Step, theirs: Step): Step => {
      calls.push([base, ours, theirs]);
      return ours;
    };
    mergeById([step('a'), step('b')], [step('a', 'A'), step('b', 'B'), step('n', 'n1')], [step('a', 'A'), step('b', 'C'), step('n', 'n2')], recordCall);
    expect(calls).toEqual([
      [step('b'), step('b', 'B'), step('b', 'C')],
      [null, step('n', 'n1'), step('n', 'n2')],
    ]);
  });

  it('returns fresh items even when mergeItem returns an input', () => {
    const ours = deepFreeze([step('a', 'x')]);
    const merged = mergeById([step('a')], ours, [step('a', 'y')], (_base, mine) => mine);
    expect(merged[0]).toEqual(step('a', 'x'));
    expect(merged[0]).not.toBe(ours[0]);
  });
});

describe('mergeSet over every combination of four labels', () => {
  const LABELS = ['a', 'b', 'c', 'd'];
  const subsets = Array.from({ length: 16 }, (_, bits) => LABELS.filter((_label, i) => (bits >> i) & 1));

  it('keeps a base label only if both sides kept it, and an added label if either side added it', () => {
    const wrong: string[] = [];
    for (const base of subsets) {
      for (const ours of subsets) {
        for (const theirs of subsets) {
          const merged = mergeSet(base, ours, theirs);
          const expected = LABELS.filter((label) =>
            base.includes(label) ? ours.includes(label) && theirs.includes(label) : ours.includes(label) || theirs.includes(label),
          );
          if (merged.length !== expected.length || !expected.every((label) => merged.includes(label))) {
            wrong.push(`${base}|${ours}|${theirs} → ${merged}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
