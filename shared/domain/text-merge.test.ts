import { describe, expect, it } from 'vitest';
import { diffLines, splitLines } from './diff.ts';
import { createSeededRandom as createRandom } from './seeded-random.ts';
import type { LineMatch } from './diff.ts';
import { mergeText } from './text-merge.ts';
import type { MergeSegment, TextMerge } from './text-merge.ts';

type Conflict = { base: string; ours: string; theirs: string };


const conflictsOf = (merge: TextMerge): Conflict[] =>
  merge.segments.flatMap((s) => (s.kind === 'conflict' ? [{ base: s.base, ours: s.ours, theirs: s.theirs }] : []));
const shownText = (segments: readonly MergeSegment[]): string =>
  segments.map((s) => (s.kind === 'clean' ? s.text : s.ours)).join('');

function expectConsistent(merge: TextMerge): void {
  expect(merge.text).toBe(shownText(merge.segments));
  expect(merge.hasConflict).toBe(merge.segments.some((s) => s.kind === 'conflict'));
  expect(merge.segments.every((s) => s.kind === 'conflict' || s.text !== '')).toBe(true);
}

describe('mergeText', () => {
  it.each<[string, string, string, string, string, Conflict[]]>([
    ['identical inputs', 'a\nb\n', 'a\nb\n', 'a\nb\n', 'a\nb\n', []],
    ['only ours changed', 'a\nb\nc\n', 'a\nB\nc\n', 'a\nb\nc\n', 'a\nB\nc\n', []],
    ['only theirs changed', 'a\nb\nc\n', 'a\nb\nc\n', 'a\nb\nC\n', 'a\nb\nC\n', []],
    ['different paragraphs', 'p1\n\np2\n\np3\n', 'P1\n\np2\n\np3\n', 'p1\n\np2\n\nP3\n', 'P1\n\np2\n\nP3\n', []],
    ['the same change on both', 'a\nb\nc\nd\ne\n', 'A\nb\nX\nd\ne\n', 'a\nb\nX\nd\nE\n', 'A\nb\nX\nd\nE\n', []],
    ['overlapping edits', 'a\nb\nc\n', 'a\nours\nc\n', 'a\ntheirs\nc\n', 'a\nours\nc\n', [{ base: 'b\n', ours: 'ours\n', theirs: 'theirs\n' }]],
    ['adjacent edits', 'a\nb\nc\n', 'A\nb\nc\n', 'a\nB\nc\n', 'A\nb\nc\n', [{ base: 'a\nb\n', ours: 'A\nb\n', theirs: 'a\nB\n' }]],
    ['insert at start vs at end', 'a\nb\n', 'top\na\nb\n', 'a\nb\nend\n', 'top\na\nb\nend\n', []],
    ['both insert at the start', 'a\n', 'x\na\n', 'y\na\n', 'x\na\n', [{ base: '', ours: 'x\n', theirs: 'y\n' }]],
    ['both insert at the end', 'a\n', 'a\nx\n', 'a\ny\n', 'a\nx\n', [{ base: '', ours: 'x\n', theirs: 'y\n' }]],
    ['the same insertion at the end', 'a\nb\n', 'A\nb\nz\n', 'a\nb\nz\n', 'A\nb\nz\n', []],
    ['delete vs edit of a line', 'a\nb\nc\n', 'a\nc\n', 'a\nB\nc\n', 'a\nc\n', [{ base: 'b\n', ours: '', theirs: 'B\n' }]],
    ['edit vs delete of a line', 'a\nb\nc\n', 'a\nB\nc\n', 'a\nc\n', 'a\nB\nc\n', [{ base: 'b\n', ours: 'B\n', theirs: '' }]],
    ['ours deletes everything', 'a\nb\n', '', 'a\nb\n', '', []],
    ['theirs deletes everything', 'a\nb\n', 'a\nb\nc\n', '', 'a\nb\nc\n', [{ base: 'a\nb\n', ours: 'a\nb\nc\n', theirs: '' }]],
    ['both delete everything', 'a\nb\n', '', '', '', []],
    ['empty base, the same text', '', 'x\n', 'x\n', 'x\n', []],
    ['empty base, different texts', '', 'same\nx\n', 'same\ny\n', 'same\nx\n', [{ base: '', ours: 'same\nx\n', theirs: 'same\ny\n' }]],
    ['CRLF', 'a\r\nb\r\nc\r\n', 'A\r\nb\r\nc\r\n', 'a\r\nb\r\nC\r\n', 'A\r\nb\r\nC\r\n', []],
    ['mixed endings', 'a\r\nb\nc\r\n', 'a\r\nB\nc\r\n', 'a\r\nb\nc\r\nd', 'a\r\nB\nc\r\nd', []],
    ['a line ending change is an edit', 'a\nb\nc\n', 'a\r\nb\nc\n', 'a\nb\nC\n', 'a\r\nb\nC\n', []],
    ['no trailing newline', 'a\nb\nc', 'A\nb\nc', 'a\nb\nC', 'A\nb\nC', []],
    ['theirs adds the final newline', 'a\nb\nc', 'A\nb\nc', 'a\nb\nc\n', 'A\nb\nc\n', []],
    ['adding the final newline edits the last line', 'a\nb', 'a\nB', 'a\nb\n', 'a\nB', [{ base: 'b', ours: 'B', theirs: 'b\n' }]],
    ['both append after an unterminated line', 'a', 'a\nx', 'a\ny', 'a\nx', [{ base: 'a', ours: 'a\nx', theirs: 'a\ny' }]],
    ['a lone carriage return ends no line', 'a\rb\nx\nc\n', 'a\rb\nx\nC\n', 'A\rb\nx\nc\n', 'A\rb\nx\nC\n', []],
    ['unicode', '👋🏽 Olá\nnaïve e\u0301\n中文\n', '👨‍👩‍👧 família\nnaïve e\u0301\n中文\n', '👋🏽 Olá\nnaïve e\u0301\n中文 ✅\n', '👨‍👩‍👧 família\nnaïve e\u0301\n中文 ✅\n', []],
    ['NUL and control characters', 'a\u0000\nb\n', 'a\u0000\nb\u0007\n', 'x\na\u0000\nb\n', 'x\na\u0000\nb\u0007\n', []],
  ])('%s', (_name, base, ours, theirs, text, conflicts) => {
    const merge = mergeText(base, ours, theirs);
    expect(merge.text).toBe(text);
    expect(conflictsOf(merge)).toEqual(conflicts);
    expect(merge.hasConflict).toBe(conflicts.length > 0);
    expectConsistent(merge);
  });

  it('keeps the clean text around a conflict as separate segments', () => {
    expect(mergeText('a\nb\nc\n', 'a\nours\nc\n', 'a\ntheirs\nc\n').segments).toEqual([
      { kind: 'clean', text: 'a\n' },
      { kind: 'conflict', base: 'b\n', ours: 'ours\n', theirs: 'theirs\n' },
      { kind: 'clean', text: 'c\n' },
    ]);
    expect(mergeText('', '', '').segments).toEqual([]);
  });

  it('merges two edits to a 3,000-line, 100,000-character note', () => {
    const base = Array.from({ length: 3_000 }, (_, i) => `Paragraph ${i}: the customer asked about pricing.\n`);
    const ours = [...base.slice(0, 10), 'Edited on laptop A.\n', ...base.slice(11, 1_500), 'Added on A.\n', ...base.slice(1_500)];
    const theirs = [...base.slice(0, 2_000), ...base.slice(2_006, 2_990), 'Edited on laptop B.\n', ...base.slice(2_991)];
    const merge = mergeText(base.join(''), ours.join(''), theirs.join(''));
    expect(base.join('').length).toBeGreaterThan(100_000);
    expect(merge.hasConflict).toBe(false);
    expect(merge.text).toBe([...ours.slice(0, 2_001), ...ours.slice(2_007, 2_991), 'Edited on laptop B.\n', ...ours.slice(2_992)].join(''));
  });

  it('settles a hostile 400,000-character rewrite on both sides as one conflict', () => {
    const text = (word: string): string => Array.from({ length: 20_000 }, (_, i) => `${word} ${i} ${'x'.repeat(8)}\n`).join('');
    const merge = mergeText(text('base'), text('ours'), text('theirs'));
    expect(conflictsOf(merge)).toEqual([{ base: text('base'), ours: text('ours'), theirs: text('theirs') }]);
  });

  it('handles 200,000 blank lines without overflowing the stack', () => {
    const blank = '\n'.repeat(200_000);
    expect(mergeText(blank, `x\n${blank}`, `${blank}y\n`)).toMatchObject({ text: `x\n${blank}y\n`, hasConflict: false });
  });
});

/** An independent diff3 over the same line matching, written the GNU way: group overlapping hunks. */
function referenceMerge(base: string, ours: string, theirs: string): { text: string; hasConflict: boolean } {
  const o = splitLines(base);
  const sides = [splitLines(ours), splitLines(theirs)] as const;
  type Hunk = { side: 0 | 1; oStart: number; oEnd: number; sStart: number; sEnd: number };
  const hunks: Hunk[] = [];
  ([0, 1] as const).forEach((side) => {
    let [oNext, sNext] = [0, 0];
    for (const [i, j] of [...diffLines(o, sides[side]), [o.length, sides[side].length] satisfies LineMatch]) {
      if (i > oNext || j > sNext) hunks.push({ side, oStart: oNext, oEnd: i, sStart: sNext, sEnd: j });
      [oNext, sNext] = [i + 1, j + 1];
    }
  });
  hunks.sort((x, y) => x.oStart - y.oStart);
  const out: string[] = [];
  let [consumed, hasConflict, index] = [0, false, 0];
  while (index < hunks.length) {
    const group = [hunks[index++]!];
    const start = group[0]!.oStart;
    let end = group[0]!.oEnd;
    while (index < hunks.length && hunks[index]!.oStart <= end) {
      group.push(hunks[index]!);
      end = Math.max(end, hunks[index++]!.oEnd);
    }
    const region = (side: 0 | 1): string => {
      const own = group.filter((h) => h.side === side);
      const [first, last] = [own[0], own.at(-1)];
      if (!first || !last) return o.slice(start, end).join('');
      return sides[side].slice(first.sStart - (first.oStart - start), last.sEnd + (end - last.oEnd)).join('');
    };
    const [baseRegion, ourRegion, theirRegion] = [o.slice(start, end).join(''), region(0), region(1)];
    out.push(o.slice(consumed, start).join(''));
    out.push(ourRegion === baseRegion ? theirRegion : ourRegion);
    hasConflict ||= ourRegion !== baseRegion && theirRegion !== baseRegion && ourRegion !== theirRegion;
    consumed = end;
  }
  out.push(o.slice(consumed).join(''));
  return { text: out.join(''), hasConflict };
}

describe('mergeText properties', () => {
  const VOCABULARY = ['\n', 'hello\n', 'pricing\n', 'next steps\r\n', '- item\n', '# Title\n'];

  it('merges edits separated by an untouched line cleanly, keeping every inserted line', () => {
    const random = createRandom(42);
    for (let round = 0; round < 300; round++) {
      const base = Array.from({ length: 1 + random(40) }, (_, i) => `base line ${i}\n`);
      const [ours, theirs, expected, typed]: [string[], string[], string[], string[]] = [[], [], [], []];
      const keepOnBoth = (lines: readonly string[]): void => {
        for (const copy of [ours, theirs, expected]) copy.push(...lines);
      };
      let next = 0;
      for (let start = random(4); start <= base.length; start = next + random(4)) {
        const end = Math.min(base.length, start + random(3));
        const isOurs = random(2) === 0;
        const inserted = Array.from({ length: random(3) }, (_, k) => `${isOurs ? 'ours' : 'theirs'} ${start}.${k}\n`);
        keepOnBoth(base.slice(next, start));
        (isOurs ? ours : theirs).push(...inserted);
        (isOurs ? theirs : ours).push(...base.slice(start, end));
        expected.push(...inserted);
        typed.push(...inserted);
        // The line after an edit stays untouched on both sides: the edits never touch.
        keepOnBoth(base.slice(end, end + 1));
        next = end + 1;
      }
      keepOnBoth(base.slice(next));
      const merge = mergeText(base.join(''), ours.join(''), theirs.join(''));
      expect(merge.hasConflict).toBe(false);
      expect(merge.text).toBe(expected.join(''));
      const mergedLines = new Set(splitLines(merge.text));
      expect(typed.filter((line) => !mergedLines.has(line))).toEqual([]);
    }
  });

  it('for any edits, loses no typed line and agrees with a reference diff3', () => {
    const random = createRandom(1_234_567);
    const edit = (lines: readonly string[], tag: string): string[] => {
      const copy = [...lines];
      for (let n = random(5); n > 0; n--) {
        const typedLines = Array.from({ length: random(4) }, (_, k) => (random(4) ? `${tag} ${n}.${k}\n` : (VOCABULARY[random(6)] ?? '')));
        copy.splice(random(copy.length + 1), random(4), ...typedLines);
      }
      return copy;
    };
    const unterminated = (lines: readonly string[]): string => {
      const text = lines.join('');
      return random(5) === 0 && text.endsWith('\n') ? text.slice(0, -1) : text;
    };
    for (let round = 0; round < 500; round++) {
      const base = Array.from({ length: random(25) }, () => VOCABULARY[random(VOCABULARY.length)] ?? '');
      const baseText = unterminated(base);
      const ours = unterminated(edit(base, `ours ${round}`));
      const theirs = unterminated(edit(base, `theirs ${round}`));
      const merge = mergeText(baseText, ours, theirs);
      expectConsistent(merge);
      expect({ text: merge.text, hasConflict: merge.hasConflict }).toEqual(referenceMerge(baseText, ours, theirs));
      // Nothing a rep typed is lost: each typed line is in the text or in its side of a conflict.
      for (const side of ['ours', 'theirs'] as const) {
        const kept = new Set([...splitLines(merge.text), ...conflictsOf(merge).flatMap((c) => splitLines(c[side]))]);
        const typed = splitLines(side === 'ours' ? ours : theirs).filter((line) => line.startsWith(`${side} `));
        expect(typed.filter((line) => !kept.has(line))).toEqual([]);
      }
      expect(mergeText(baseText, ours, ours)).toMatchObject({ text: ours, hasConflict: false });
      if (!merge.hasConflict) expect(mergeText(baseText, theirs, ours).text).toBe(merge.text);
    }
  });
});
