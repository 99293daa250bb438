import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallNote } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../../db/database.ts';
import { createTestDatabase } from '../../db/test-database.ts';
import { startSearchEngine, type SearchEngine } from './search-engine.ts';

function note(id: string, title: string, body = ''): CallNote {
  return {
    id,
    ownerId: 'rep',
    accountId: '',
    opportunityId: null,
    meetingId: null,
    title,
    body,
    template: null,
    tags: [],
    competitors: [],
    nextSteps: [],
    createdAt: 1,
    updatedAt: 1,
  };
}

const immediately = () => Promise.resolve(() => Number.POSITIVE_INFINITY);

/** Resolves once `check` holds (the change stream is asynchronous). */
function whenIndexed(engine: SearchEngine, check: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (check()) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
    setTimeout(() => {
      clearInterval(timer);
      reject(new Error(`index did not change as expected; ${engine.index.size} documents`));
    }, 5_000);
  });
}

const titles = (engine: SearchEngine, query: string) => engine.index.search(query).flatMap((g) => g.hits.map((h) => h.title));

let db: FieldcaseDatabase;
let engine: SearchEngine | undefined;
beforeEach(async () => {
  db = await createTestDatabase(['call_notes', 'battle_cards', 'accounts', 'contacts', 'collateral', 'demo_scripts']);
});
afterEach(async () => {
  engine?.stop();
  engine = undefined;
  await db.remove();
});

describe('search engine', () => {
  it('builds the index from every collection, a slice at a time', async () => {
    await db.call_notes.bulkInsert(Array.from({ length: 23 }, (_, i) => note(`n${String(i).padStart(2, '0')}`, `Visit ${i}`, 'forklift telemetry')));
    await db.accounts.insert({ id: 'a1', ownerId: 'rep', name: 'Halden Cold Chain', createdAt: 1, updatedAt: 1 });
    const progress: number[] = [];
    engine = startSearchEngine(db, { sliceSize: 5, pause: immediately, onProgress: (n) => progress.push(n) });
    await engine.ready;
    expect(engine.index.size).toBe(24);
    expect(progress.at(-1)).toBe(24);
    // Five slices of notes, one of accounts.
    expect(progress).toEqual([5, 10, 15, 20, 23, 24]);
    expect(titles(engine, 'halden')).toEqual(['Halden Cold Chain']);
  });

  it('indexes slices while the idle period lasts, then waits for the next one', async () => {
    await db.call_notes.bulkInsert(Array.from({ length: 20 }, (_, i) => note(`n${String(i).padStart(2, '0')}`, `Visit ${i}`)));
    let pauses = 0;
    // Each idle period has room for the slice it was asked for and two more.
    const pause = async () => {
      pauses += 1;
      let extra = 2;
      return () => (extra-- > 0 ? 1 : 0);
    };
    engine = startSearchEngine(db, { sliceSize: 5, pause });
    await engine.ready;
    expect(engine.index.size).toBe(20);
    // One before reading each of the six collections, and two for the four slices of notes.
    expect(pauses).toBe(8);
  });

  it('follows inserts, updates and deletes after the build', async () => {
    await db.call_notes.insert(note('n1', 'Kickoff', 'budget approved'));
    let changes = 0;
    engine = startSearchEngine(db, { pause: immediately, onChange: () => (changes += 1) });
    await engine.ready;
    const current = engine;

    await db.call_notes.insert(note('n2', 'Site visit', 'persistence rule for the alarm'));
    await whenIndexed(current, () => titles(current, 'persistance').includes('Site visit'));

    await (await db.call_notes.findOne('n1').exec())?.incrementalPatch({ title: 'Kickoff call', body: 'timeline slipped' });
    await whenIndexed(current, () => titles(current, 'timeline').includes('Kickoff call'));
    expect(titles(current, 'budget')).toEqual([]);

    await (await db.call_notes.findOne('n2').exec())?.remove();
    await whenIndexed(current, () => current.index.size === 1);
    expect(titles(current, 'persistence')).toEqual([]);
    // Once for the build, once per write.
    expect(changes).toBe(4);
  });

  it('keeps changes made while the index is being built', async () => {
    await db.call_notes.bulkInsert([note('n1', 'Old title', 'alpha'), note('n2', 'Doomed', 'beta')]);
    let pauses = 0;
    // The writes land between the subscription and the first page read.
    const pause = async () => {
      pauses += 1;
      if (pauses !== 1) return () => 0;
      await (await db.call_notes.findOne('n1').exec())?.incrementalPatch({ title: 'New title' });
      await (await db.call_notes.findOne('n2').exec())?.remove();
      await db.call_notes.insert(note('n3', 'Fresh', 'gamma'));
      return () => 0;
    };
    engine = startSearchEngine(db, { pause });
    await engine.ready;
    expect(engine.index.size).toBe(2);
    expect(titles(engine, 'alpha')).toEqual(['New title']);
    expect(titles(engine, 'beta')).toEqual([]);
    expect(titles(engine, 'gamma')).toEqual(['Fresh']);
  });

  it('stops quietly when stopped before the build ends', async () => {
    await db.call_notes.insert(note('n1', 'Kickoff'));
    const errors: unknown[] = [];
    engine = startSearchEngine(db, { pause: immediately, onError: (error) => errors.push(error) });
    engine.stop();
    await engine.ready;
    expect(engine.index.size).toBe(0);
    expect(errors).toEqual([]);
  });
});
