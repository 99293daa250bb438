import { describe, expect, it } from 'vitest';
import { diffLines, splitLines } from './diff.ts';
import { createSeededRandom as createRandom } from './seeded-random.ts';
import type { LineMatch } from './diff.ts';


/** Reference LCS length by the textbook O(N·M) table. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const line of a) {
    const next = [0];
    b.forEach((other, j) => next.push(line === other ? (row[j] ?? 0) + 1 : Math.max(row[j + 1] ?? 0, next[j] ?? 0)));
    row = next;
  }
  return row[b.length] ?? 0;
}

/** The first match that breaks "strictly increasing on both sides, equal lines", or null. */
function findInvalidMatch(a: readonly string[], b: readonly string[], matches: readonly LineMatch[]): LineMatch | null {
  let previous: LineMatch = [-1, -1];
  for (const match of matches) {
    const [i, j] = match;
    if (i <= previous[0] || j <= previous[1] || a[i] === undefined || a[i] !== b[j]) return match;
    previous = match;
  }
  return null;
}

function expectCommonSubsequence(a: readonly string[], b: readonly string[], matches: readonly LineMatch[]): void {
  expect(findInvalidMatch(a, b, matches)).toBeNull();
}

const randomLines = (random: (below: number) => number, length: number, alphabet: number): string[] =>
  Array.from({ length }, () => `${'abcdefgh'[random(alphabet)] ?? 'z'}\n`);

describe('splitLines', () => {
  it.each([
    ['', []],
    ['a', ['a']],
    ['a\n', ['a\n']],
    ['a\nb', ['a\n', 'b']],
    ['a\r\nb\r\n', ['a\r\n', 'b\r\n']],
    ['\n\n', ['\n', '\n']],
    ['a\rb\n', ['a\rb\n']],
    ['👋🏽 hi\ne\u0301\n', ['👋🏽 hi\n', 'e\u0301\n']],
  ])('splits %j keeping every terminator', (text, lines) => {
    expect(splitLines(text)).toEqual(lines);
    expect(splitLines(text).join('')).toBe(text);
  });
});

describe('diffLines', () => {
  it.each([
    [[], [], []],
    [['a'], [], []],
    [[], ['a'], []],
    [['a', 'b', 'c'], ['a', 'b', 'c'], [[0, 0], [1, 1], [2, 2]]],
    [['a', 'b', 'c'], ['a', 'x', 'c'], [[0, 0], [2, 2]]],
    [['a', 'b'], ['x', 'a', 'b', 'y'], [[0, 1], [1, 2]]],
    [['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'], [[3, 0]]],
  ])('diffs %j against %j', (a, b, matches) => {
    expect(diffLines(a, b)).toEqual(matches);
  });

  it('finds a longest common subsequence for random inputs (checked against the O(N·M) table)', () => {
    const random = createRandom(20_261_129);
    for (let round = 0; round < 500; round++) {
      const a = randomLines(random, random(40), 2 + random(5));
      const b = randomLines(random, random(40), 2 + random(5));
      const matches = diffLines(a, b);
      expectCommonSubsequence(a, b, matches);
      expect(matches).toHaveLength(lcsLength(a, b));
    }
  });

  it('still returns a valid common subsequence when the work budget runs out', () => {
    const random = createRandom(7);
    for (let round = 0; round < 200; round++) {
      const a = randomLines(random, random(60), 2 + random(6));
      const b = randomLines(random, random(60), 2 + random(6));
      expectCommonSubsequence(a, b, diffLines(a, b, { maxWork: random(30) }));
    }
  });

  it('anchors on unique lines when Myers is over budget, so distant edits still line up', () => {
    const a = Array.from({ length: 500 }, (_, i) => `line ${i}\n`);
    const b = a.map((line, i) => (i % 100 === 50 ? `edited ${i}\n` : line));
    const matches = diffLines(a, b, { maxWork: 0 });
    expectCommonSubsequence(a, b, matches);
    expect(matches).toHaveLength(495);
  });

  it('gives up gracefully on a hostile, wholly rewritten 400,000-character text', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `old line ${i} ${'x'.repeat(8)}\n`);
    const b = Array.from({ length: 20_000 }, (_, i) => `new line ${i} ${'y'.repeat(8)}\n`);
    expect(diffLines(a, b)).toEqual([]);
  });

  it('handles texts of nothing but repeated blank lines', () => {
    const a = new Array<string>(50_000).fill('\n');
    const b = new Array<string>(49_000).fill('\n');
    const matches = diffLines(a, b);
    expectCommonSubsequence(a, b, matches);
    expect(matches).toHaveLength(49_000);
  });

  it('matches lines exactly: a different line ending or a missing newline is a different line', () => {
    expect(diffLines(['a\n', 'b\n'], ['a\r\n', 'b'])).toEqual([]);
  });

  it('is deterministic: the same inputs give the same matches', () => {
    const a = ['x\n', 'y\n', 'x\n', 'y\n', 'x\n'];
    const b = ['y\n', 'x\n', 'y\n'];
    expect(diffLines(a, b)).toEqual(diffLines([...a], [...b]));
  });
});
