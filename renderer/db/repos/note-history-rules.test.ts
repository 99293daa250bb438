import { describe, expect, it } from 'vitest';
import {
  HISTORY_MAX_AGE_MS,
  HISTORY_MAX_VERSIONS,
  HISTORY_WINDOW_MS,
  LARGE_DELETION_CHARS,
  planHistoryWrite,
  versionsToPrune,
  type HistoryVersion,
} from './note-history-rules.ts';

const text = (body: string, title = 'QBR') => ({ title, body });

/** Versions newest first, one per `step` ms going back from `newestAt`. */
function versions(count: number, newestAt: number, step = HISTORY_WINDOW_MS): HistoryVersion[] {
  return Array.from({ length: count }, (_, i) => ({
    id: count - i,
    noteId: 'n1',
    startedAt: newestAt - i * step,
    savedAt: newestAt - i * step,
    text: text(`version ${count - i}`),
  }));
}

describe('planHistoryWrite', () => {
  const latest: HistoryVersion = { id: 7, noteId: 'n1', startedAt: 10_000, savedAt: 10_000, text: text('Budget approved') };

  it.each([
    ['adds the first version of a note', [], text('a'), 10_000, { action: 'add', prune: [] }],
    ['skips a save that changed nothing', [latest], text('Budget approved'), 20_000, { action: 'skip', prune: [] }],
    ['skips a save whose fields object is merely empty', [latest], { ...text('Budget approved'), fields: {} }, 20_000, { action: 'skip', prune: [] }],
    ['folds typing within the window into the current version', [latest], text('Budget approved, 40k'), 10_000 + HISTORY_WINDOW_MS - 1, { action: 'update', id: 7, prune: [] }],
    ['starts a new version once the window has passed', [latest], text('Budget approved, 40k'), 10_000 + HISTORY_WINDOW_MS, { action: 'add', prune: [] }],
    ['starts a new version when the clock went backwards', [latest], text('Budget approved, 40k'), 5_000, { action: 'add', prune: [] }],
    ['treats a change to a template field as a change', [latest], { ...text('Budget approved'), fields: { budget: '40k' } }, 11_000, { action: 'update', id: 7, prune: [] }],
  ] as const)('%s', (_name, existing, saved, now, expected) => {
    expect(planHistoryWrite(existing, saved, now)).toEqual(expected);
  });

  it('keeps the text before a large deletion as its own version, even within the window', () => {
    const long: HistoryVersion = { ...latest, text: text('x'.repeat(LARGE_DELETION_CHARS + 10)) };
    expect(planHistoryWrite([long], text('x'.repeat(10)), 11_000)).toEqual({ action: 'add', prune: [] });
    expect(planHistoryWrite([long], text('x'.repeat(11)), 11_000)).toEqual({ action: 'update', id: 7, prune: [] });
  });

  it('drops the oldest version when a new one would pass the limit', () => {
    const full = versions(HISTORY_MAX_VERSIONS, 1_000_000_000);
    const plan = planHistoryWrite(full, text('new'), 1_000_000_000 + HISTORY_WINDOW_MS);
    expect(plan).toEqual({ action: 'add', prune: [1] });
  });

  it('does not drop anything when a save only updates the current version of a full history', () => {
    const full = versions(HISTORY_MAX_VERSIONS, 1_000_000_000);
    expect(planHistoryWrite(full, text('new'), 1_000_000_001)).toEqual({ action: 'update', id: HISTORY_MAX_VERSIONS, prune: [] });
  });
});

describe('versionsToPrune', () => {
  it('drops versions past the age limit', () => {
    const now = 10 * HISTORY_MAX_AGE_MS;
    const list = versions(5, now, HISTORY_MAX_AGE_MS / 2);
    // Saved 0, ½, 1, 1½ and 2 ages ago: the last two are too old.
    expect(versionsToPrune(list, now)).toEqual([2, 1]);
  });

  it('always keeps the newest version, however old', () => {
    const list = versions(3, 0, 1);
    expect(versionsToPrune(list, 100 * HISTORY_MAX_AGE_MS)).toEqual([2, 1]);
  });

  it('keeps everything within both limits', () => {
    expect(versionsToPrune(versions(HISTORY_MAX_VERSIONS, 1_000_000), 1_000_000)).toEqual([]);
    expect(versionsToPrune([], 0)).toEqual([]);
  });
});
