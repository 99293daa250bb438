/**
 * What the typing bench computes from a page's raw timings: keystroke to durable local write,
 * write duration after the debounce, and keystroke to the next frame. Pure, so it is tested.
 */

export interface RawTimings {
  /** keydown timestamps (ms, the page's performance clock). */
  keys: number[];
  /** Milliseconds from each keydown to just after the next frame was produced. */
  frames: number[];
  /** Milliseconds the page spent handling each keystroke's input event (the app's own work: React, the textarea). */
  work: number[];
  /** Milliseconds from each keydown until its input event began (the browser's queue, other tasks). */
  queued: number[];
  /** Each local write of the note: when it started and when it was stored. */
  saves: { start: number; end: number }[];
}

export interface Distribution {
  p50: number;
  p95: number;
  max: number;
  count: number;
}

export interface TypingFigures {
  /** From a keystroke until a write that contains it is stored (debounce included). */
  keystrokeToDurable: Distribution;
  /** The write itself: from the debounce firing until the write is stored. */
  writeAfterDebounce: Distribution;
  keystrokeToFrame: Distribution;
  keystrokeHandling: Distribution;
  keystrokeQueued: Distribution;
  /** Keystrokes never covered by a write (must be 0: the bench waits for the last save). */
  unsaved: number;
}

/** Nearest-rank percentiles; NaN for no values. */
export function distribution(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (percent: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1))] ?? Number.NaN;
  return { p50: at(50), p95: at(95), max: sorted.at(-1) ?? Number.NaN, count: sorted.length };
}

/** A keystroke is durable when the first write that started after it has been stored. */
export function typingFigures({ keys, frames, work, queued, saves }: RawTimings): TypingFigures {
  const ordered = [...saves].sort((a, b) => a.start - b.start);
  const toDurable: number[] = [];
  let unsaved = 0;
  for (const key of keys) {
    const save = ordered.find((candidate) => candidate.start >= key);
    if (save) toDurable.push(save.end - key);
    else unsaved += 1;
  }
  return {
    keystrokeToDurable: distribution(toDurable),
    writeAfterDebounce: distribution(ordered.map((save) => save.end - save.start)),
    keystrokeToFrame: distribution(frames),
    keystrokeHandling: distribution(work),
    keystrokeQueued: distribution(queued),
    unsaved,
  };
}
