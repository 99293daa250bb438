import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNoteHistory, type NoteHistory } from './note-history.ts';
import { HISTORY_MAX_VERSIONS, HISTORY_WINDOW_MS } from './note-history-rules.ts';

let history: NoteHistory;
beforeEach(() => {
  history = openNoteHistory({ name: `history-${crypto.randomUUID()}`, indexedDB, IDBKeyRange });
});
afterEach(() => {
  history.close();
});

const text = (body: string) => ({ title: 'QBR', body });

describe('note history store', () => {
  it('keeps one version per window while typing, newest first, per note', async () => {
    await history.record('n1', text('a'), 1_000);
    await history.record('n1', text('ab'), 2_000);
    await history.record('n1', text('abc'), 1_000 + HISTORY_WINDOW_MS);
    await history.record('n2', text('other note'), 3_000);
    const list = await history.list('n1');
    expect(list.map((v) => [v.startedAt, v.savedAt, v.text.body])).toEqual([
      [1_000 + HISTORY_WINDOW_MS, 1_000 + HISTORY_WINDOW_MS, 'abc'],
      [1_000, 2_000, 'ab'],
    ]);
    expect((await history.list('n2')).map((v) => v.text.body)).toEqual(['other note']);
  });

  it('holds at most the limit of versions, dropping the oldest', async () => {
    for (let i = 0; i < HISTORY_MAX_VERSIONS + 3; i += 1) await history.record('n1', text(`v${i}`), i * HISTORY_WINDOW_MS);
    const list = await history.list('n1');
    expect(list).toHaveLength(HISTORY_MAX_VERSIONS);
    expect(list[0]?.text.body).toBe(`v${HISTORY_MAX_VERSIONS + 2}`);
    expect(list.at(-1)?.text.body).toBe('v3');
  });

  it('keeps every version when saves race', async () => {
    await Promise.all([history.record('n1', text('one'), 1_000), history.record('n1', text('two'), 1_000 + HISTORY_WINDOW_MS)]);
    expect(await history.list('n1')).toHaveLength(2);
  });

  it('forgets a deleted note, leaving the others', async () => {
    await history.record('n1', text('a'), 1_000);
    await history.record('n2', text('b'), 1_000);
    await history.forget('n1');
    expect(await history.list('n1')).toEqual([]);
    expect(await history.list('n2')).toHaveLength(1);
  });
});
