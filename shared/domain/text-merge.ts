/**
 * Three-way merge of note text by lines (diff3). Base is the last version both laptops agreed on
 * (RxDB's assumedMasterState), ours is this laptop's, theirs is the server's.
 *
 * Invariants: every line either side typed is in the result, in `text` or in a conflict
 * segment; joining the segments (ours for each conflict) gives `text` exactly; line endings and
 * a missing final newline are preserved byte for byte.
 */
import { diffLines, splitLines } from './diff.ts';
import type { LineMatch } from './diff.ts';

export type MergeSegment =
  | { kind: 'clean'; text: string }
  | { kind: 'conflict'; base: string; ours: string; theirs: string };

export interface TextMerge {
  /** The merged text with ours in each conflict: what the rep on this laptop sees stays put. */
  text: string;
  segments: MergeSegment[];
  hasConflict: boolean;
}

export function mergeText(base: string, ours: string, theirs: string): TextMerge {
  // Exact short cuts: they also keep a rewrite of the whole text (say CRLF to LF) intact.
  if (ours === theirs || theirs === base) return cleanMerge(ours);
  if (ours === base) return cleanMerge(theirs);

  const baseLines = splitLines(base);
  const ourLines = splitLines(ours);
  const theirLines = splitLines(theirs);
  const inOurs = indexMatches(baseLines.length, diffLines(baseLines, ourLines));
  const inTheirs = indexMatches(baseLines.length, diffLines(baseLines, theirLines));
  const builder = new SegmentBuilder();

  // Walk the base: a line is stable when both sides still have it at the position reached so
  // far. Between stable lines lies an unstable chunk, settled on its own.
  let o = 0;
  let a = 0;
  let b = 0;
  while (o < baseLines.length || a < ourLines.length || b < theirLines.length) {
    if (o < baseLines.length && inOurs[o] === a && inTheirs[o] === b) {
      builder.addClean(baseLines[o] ?? '');
      o++;
      a++;
      b++;
      continue;
    }
    let next = o;
    while (next < baseLines.length && ((inOurs[next] ?? -1) === -1 || (inTheirs[next] ?? -1) === -1)) next++;
    const aEnd = next < baseLines.length ? (inOurs[next] ?? a) : ourLines.length;
    const bEnd = next < baseLines.length ? (inTheirs[next] ?? b) : theirLines.length;
    builder.addChunk(baseLines.slice(o, next), ourLines.slice(a, aEnd), theirLines.slice(b, bEnd));
    o = next;
    a = aEnd;
    b = bEnd;
  }
  return builder.finish();
}

function cleanMerge(text: string): TextMerge {
  return { text, segments: text === '' ? [] : [{ kind: 'clean', text }], hasConflict: false };
}

/** For each base line, the index of the same line on the other side, or -1 if it was removed. */
function indexMatches(baseLength: number, matches: readonly LineMatch[]): Int32Array {
  const other = new Int32Array(baseLength).fill(-1);
  for (const [baseIndex, otherIndex] of matches) other[baseIndex] = otherIndex;
  return other;
}

function sameLines(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((line, i) => line === y[i]);
}

/** Collects segments, joining neighbouring clean text so a clean run is one segment. */
class SegmentBuilder {
  private readonly segments: MergeSegment[] = [];
  private readonly text: string[] = [];
  private pending: string[] = [];
  private hasConflict = false;

  addClean(line: string): void {
    this.pending.push(line);
  }

  addChunk(base: readonly string[], ours: readonly string[], theirs: readonly string[]): void {
    if (sameLines(base, ours)) this.addLines(theirs);
    else if (sameLines(base, theirs) || sameLines(ours, theirs)) this.addLines(ours);
    else {
      this.flush();
      const oursText = ours.join('');
      this.segments.push({ kind: 'conflict', base: base.join(''), ours: oursText, theirs: theirs.join('') });
      this.text.push(oursText);
      this.hasConflict = true;
    }
  }

  /** A loop, not push(...lines): a 200,000-line chunk would overflow the call stack. */
  private addLines(lines: readonly string[]): void {
    for (const line of lines) this.pending.push(line);
  }

  finish(): TextMerge {
    this.flush();
    return { text: this.text.join(''), segments: this.segments, hasConflict: this.hasConflict };
  }

  private flush(): void {
    const text = this.pending.join('');
    this.pending = [];
    if (text === '') return;
    this.segments.push({ kind: 'clean', text });
    this.text.push(text);
  }
}
