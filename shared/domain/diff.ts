/**
 * Line diff for three-way merges. Myers' O(ND) algorithm in linear space (the "middle snake"
 * divide and conquer) over lines interned to integers, so comparing two lines is one `===`.
 *
 * Every result is a valid common subsequence, whatever the input: a hostile or runaway note
 * (400,000 characters, every line changed) spends at most a fixed amount of work in Myers, then
 * falls back to anchoring on lines that occur once on each side (the patience heuristic) and,
 * past that, to treating what is left as replaced. A coarser diff may turn a clean merge into a
 * conflict the rep settles; the merge still keeps every line either side typed.
 */

/** `[i, j]`: line `i` of the first text is line `j` of the second. */
export type LineMatch = [number, number];

export interface DiffOptions {
  /** Budget of Myers steps for one diff; tests lower it to exercise the fallback. */
  maxWork?: number;
}

/**
 * About 10 million steps (~0.2 s): rewriting a third of a 3,000-line note needs a few million;
 * past the budget the anchors take over.
 */
const DEFAULT_MAX_WORK = 10_000_000;
/** Anchoring recurses into the gaps between anchors; bounded so it stays O(n log n) per level. */
const MAX_ANCHOR_DEPTH = 8;

interface DiffContext {
  a: Int32Array;
  b: Int32Array;
  matches: LineMatch[];
  workLeft: number;
}

/**
 * Splits text into lines that keep their terminator ("\n" or "\r\n"), so joining the lines gives
 * back the exact text: CRLF, a lone "\r", and a missing final newline all survive a merge.
 */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    lines.push(text.slice(start, end + 1));
    start = end + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/**
 * A longest common subsequence of two line lists (minimal while within the work budget), as
 * matches strictly increasing in both indexes. Deterministic: equal inputs give equal matches,
 * which is what makes `mergeText(base, x, x)` return `x` exactly.
 */
export function diffLines(a: readonly string[], b: readonly string[], options: DiffOptions = {}): LineMatch[] {
  const ids = new Map<string, number>();
  const intern = (line: string): number => {
    let id = ids.get(line);
    if (id === undefined) {
      id = ids.size;
      ids.set(line, id);
    }
    return id;
  };
  const context: DiffContext = {
    a: Int32Array.from(a, intern),
    b: Int32Array.from(b, intern),
    matches: [],
    workLeft: options.maxWork ?? DEFAULT_MAX_WORK,
  };
  diffRange(context, 0, a.length, 0, b.length, 0);
  return context.matches;
}

/** Appends, in order, the matches between `a[aLo, aHi)` and `b[bLo, bHi)`. */
function diffRange(context: DiffContext, aLo: number, aHi: number, bLo: number, bHi: number, depth: number): void {
  const { a, b, matches } = context;
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) matches.push([aLo++, bLo++]);
  let suffix = 0;
  while (aLo < aHi - suffix && bLo < bHi - suffix && a[aHi - 1 - suffix] === b[bHi - 1 - suffix]) suffix++;
  const aEnd = aHi - suffix;
  const bEnd = bHi - suffix;
  // After trimming, both sides non-empty means the first and last lines differ: the edit
  // distance is at least 2, so the middle snake splits the range into two strictly smaller ones.
  if (aLo < aEnd && bLo < bEnd) {
    const split = findMiddleSnake(context, aLo, aEnd, bLo, bEnd);
    if (split) {
      diffRange(context, aLo, split[0], bLo, split[1], depth);
      diffRange(context, split[0], aEnd, split[1], bEnd, depth);
    } else {
      diffByAnchors(context, aLo, aEnd, bLo, bEnd, depth);
    }
  }
  for (let i = 0; i < suffix; i++) matches.push([aEnd + i, bEnd + i]);
}

/**
 * Searches forward from the start and backward from the end, one edit at a time, until the two
 * frontiers overlap; the overlap lies on a shortest edit path. Returns that point, or null when
 * the work budget runs out. Diagonals whose frontier has left the grid are dropped from the scan.
 */
function findMiddleSnake(context: DiffContext, aLo: number, aHi: number, bLo: number, bHi: number): LineMatch | null {
  const { a, b } = context;
  const n = aHi - aLo;
  const m = bHi - bLo;
  const delta = n - m;
  const isOddDelta = (delta & 1) !== 0;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD + 1;
  const size = 2 * offset + 1;
  // forward[offset + k]: furthest x reached on diagonal k = x - y from the start; backward[]: the
  // same measured from the end. -1 marks a diagonal not reached yet.
  const forward = new Int32Array(size).fill(-1);
  const backward = new Int32Array(size).fill(-1);
  forward[offset + 1] = 0;
  backward[offset + 1] = 0;
  let forwardLo = 0;
  let forwardHi = 0;
  let backwardLo = 0;
  let backwardHi = 0;
  for (let d = 0; d <= maxD; d++) {
    context.workLeft -= 2 * d + 1;
    if (context.workLeft < 0) return null;
    for (let k = -d + forwardLo; k <= d - forwardHi; k += 2) {
      const i = offset + k;
      const fromAbove = forward[i + 1] ?? -1;
      const fromLeft = forward[i - 1] ?? -1;
      const start = k === -d || (k !== d && fromLeft < fromAbove) ? fromAbove : fromLeft + 1;
      let x = start;
      let y = x - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      context.workLeft -= x - start;
      forward[i] = x;
      if (x > n) forwardHi += 2;
      else if (y > m) forwardLo += 2;
      else if (isOddDelta) {
        const reached = backward[offset + delta - k] ?? -1;
        if (reached !== -1 && x + reached >= n) return [aLo + x, bLo + y];
      }
    }
    for (let k = -d + backwardLo; k <= d - backwardHi; k += 2) {
      const i = offset + k;
      const fromAbove = backward[i + 1] ?? -1;
      const fromLeft = backward[i - 1] ?? -1;
      const start = k === -d || (k !== d && fromLeft < fromAbove) ? fromAbove : fromLeft + 1;
      let x = start;
      let y = x - k;
      while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) {
        x++;
        y++;
      }
      context.workLeft -= x - start;
      backward[i] = x;
      if (x > n) backwardHi += 2;
      else if (y > m) backwardLo += 2;
      else if (!isOddDelta) {
        const forwardK = delta - k;
        const reached = forward[offset + forwardK] ?? -1;
        if (reached !== -1 && reached + x >= n) return [aLo + reached, bLo + reached - forwardK];
      }
    }
  }
  return null;
}

/**
 * Fallback when Myers is too costly: lines that occur exactly once in each range are matched in
 * their longest increasing run, and each gap between two anchors is diffed again. Without
 * anchors (or too deep) the whole range counts as replaced, which is valid, just coarse.
 */
function diffByAnchors(context: DiffContext, aLo: number, aHi: number, bLo: number, bHi: number, depth: number): void {
  if (depth >= MAX_ANCHOR_DEPTH) return;
  const anchors = findUniqueAnchors(context, aLo, aHi, bLo, bHi);
  if (anchors.length === 0) return;
  let aNext = aLo;
  let bNext = bLo;
  for (const [i, j] of anchors) {
    diffRange(context, aNext, i, bNext, j, depth + 1);
    context.matches.push([i, j]);
    aNext = i + 1;
    bNext = j + 1;
  }
  diffRange(context, aNext, aHi, bNext, bHi, depth + 1);
}

function findUniqueAnchors(context: DiffContext, aLo: number, aHi: number, bLo: number, bHi: number): LineMatch[] {
  const { a, b } = context;
  const countIn = (lines: Int32Array, lo: number, hi: number): Map<number, number> => {
    // Value: the line's index when it occurs once, -1 when it repeats.
    const seen = new Map<number, number>();
    for (let i = lo; i < hi; i++) {
      const id = lines[i] ?? -1;
      seen.set(id, seen.has(id) ? -1 : i);
    }
    return seen;
  };
  const inA = countIn(a, aLo, aHi);
  const inB = countIn(b, bLo, bHi);
  const pairs: LineMatch[] = [];
  for (const [id, i] of inA) {
    const j = inB.get(id);
    if (i !== -1 && j !== undefined && j !== -1) pairs.push([i, j]);
  }
  pairs.sort((p, q) => p[0] - q[0]);
  return longestIncreasingRun(pairs);
}

/** Patience sorting: the longest subsequence of `pairs` (sorted by i) increasing in j. */
function longestIncreasingRun(pairs: readonly LineMatch[]): LineMatch[] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], index) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] ?? 0]?.[1] ?? 0) < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = tails[lo - 1] ?? -1;
    tails[lo] = index;
  });
  const run: LineMatch[] = [];
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index] ?? -1) {
    const pair = pairs[index];
    if (pair) run.push(pair);
  }
  return run.reverse();
}
